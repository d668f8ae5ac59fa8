import { LazyJsonArray } from "./LazyJsonArray";

const GAP = "  ";

/** Whether a LazyJsonArray is in `value`, or in the plain objects and arrays within it. */
function holdsLazyArray(value: unknown): boolean {
  if (value instanceof LazyJsonArray) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(holdsLazyArray);
}

/**
 * `value` as `JSON.stringify(value, null, 2)` writes it when it is nested at `indent`: the
 * same text with the indent after each line break, since JSON.stringify breaks lines only
 * between members and escapes every line break within a string. Undefined where
 * JSON.stringify leaves the value out (undefined, a function).
 */
function whole(value: unknown, indent: string): string | undefined {
  return (JSON.stringify(value, null, 2) as string | undefined)?.replaceAll("\n", `\n${indent}`);
}

/** The array or plain object `value`, holding a LazyJsonArray, nested at `indent`. */
function* inParts(value: object, indent: string): Generator<string> {
  const inner = indent + GAP;
  let first = true;
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    const elements: Iterable<unknown> = value instanceof LazyJsonArray ? value.elements() : value;
    for (const element of elements) {
      yield `${first ? "[" : ","}\n${inner}`;
      if (holdsLazyArray(element)) yield* inParts(element as object, inner);
      else yield whole(element, inner) ?? "null";
      first = false;
    }
    yield first ? "[]" : `\n${indent}]`;
    return;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    throw new TypeError("a value holding a LazyJsonArray has a toJSON of its own, not called here");
  }
  for (const [key, member] of Object.entries(value)) {
    const lazy = holdsLazyArray(member);
    const text = lazy ? "" : whole(member, inner);
    if (text === undefined) continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    if (lazy) yield* inParts(member as object, inner);
    else yield text;
    first = false;
  }
  yield first ? "{}" : `\n${indent}}`;
}

/**
 * A report's text, `${JSON.stringify(value, null, 2)}\n`, in parts: each element of a
 * LazyJsonArray is made and stringified as it is read, and what holds no such array is
 * stringified whole, so a report of many findings is written without its whole text (or its
 * every element) existing at once. Every string is JSON.stringify's own, escapes included.
 * The objects and arrays around a LazyJsonArray are taken as plain: one with a `toJSON` of
 * its own is refused (TypeError) rather than written otherwise than JSON.stringify would.
 */
export function* jsonInParts(value: object): Generator<string> {
  if (holdsLazyArray(value)) yield* inParts(value, "");
  else yield whole(value, "") ?? "";
  yield "\n";
}
