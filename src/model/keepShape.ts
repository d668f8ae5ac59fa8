const kept: object[] = [];

/**
 * Keeps `instance` alive for the life of the program, and with it the hidden class (V8's
 * "map") that its constructor gave it.
 *
 * Why: V8 reaches the hidden class of a class instance only through weak links (the
 * constructor's transition tree), and when the last instance dies, a full garbage
 * collection frees the class and throws away every piece of optimized code that checks for
 * it. A model is built from short-lived helpers (`SiblingIds`, `ObjectLookup`,
 * `ListsByKey`...) that all die once it is built, so every load that followed a full
 * collection ran the import, the hierarchy and the rules unoptimized until V8 had optimized
 * them again: at 100k objects, about 100 ms of a 550 ms pipeline (`npm run bench`). One idle
 * instance per class is enough to keep that code. Object literals need none of this: V8
 * keeps their hidden class with the code that creates them.
 *
 * The same goes for closures: optimized code that calls a closure is tied to that closure
 * object, so a helper closure made per model, called once per object, had its callers
 * optimized again for every model. Such per-model state lives in a class with a kept shape
 * instead (`TenantNames`, `ReferenceResolver`, `TenantLists`), its work in module-level
 * functions.
 */
export function keepShape(instance: object): void {
  kept.push(instance);
}
