const kept: object[] = [];

/**
 * Keeps `instance` alive for the life of the program, and with it the hidden class (V8's
 * "map") that its constructor gave it. This module is the one place that knows about the
 * engine's hidden classes; feature code calls it once per class, below the class.
 *
 * Why: V8 reaches the hidden class of a class instance only through weak links (the
 * constructor's transition tree), and when the last instance dies, a full garbage
 * collection frees the class and throws away every piece of optimized code that checks for
 * it. A model is built from short-lived helpers that all die once it is built, so every load
 * that followed a full collection would run the import, the resolver, the hierarchy and the
 * rules unoptimized until V8 had optimized them again (`npm run bench` runs two full
 * collections between loads). One idle instance per class is enough to keep that code, and
 * an instance that a kept one holds in a field is kept with it, so such a helper needs no
 * call of its own. Object literals need none of this: V8 keeps their hidden class with the
 * code that creates them, and a literal spread from another object makes a class of its own
 * that does die, so such objects are written out one literal per shape.
 *
 * The same goes for closures: optimized code that calls a closure is tied to that closure
 * object, so a helper closure made per model, called once per object, would have its callers
 * optimized again for every model. Such per-model state lives in a class with a kept shape
 * instead, its work in module-level functions.
 *
 * An object whose fields are filled in after it is made (an imported object, resolved in
 * place) is given every field in the literal that makes it, `undefined` until filled: adding
 * fields afterwards moves each object to a new hidden class on the way, and the code that
 * reads them sees more classes than the one it was optimized for.
 */
export function keepShape(instance: object): void {
  kept.push(instance);
}
