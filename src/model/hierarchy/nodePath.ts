import type { NodeKind } from "./NodeKind";

/**
 * What a name cannot hold as it is in a path: the characters a path gives meaning to (`/`
 * between segments, `:` after the kind, `;` before a sibling number, and `%` itself), and any
 * lone UTF-16 surrogate, which JSON text can carry but a URL cannot (the address bar turns it
 * into U+FFFD, and a `?node=` link would then miss its node).
 */
const TO_ESCAPE = /[%/:;\uD800-\uDFFF]/;
const SEPARATOR_OR_LONE_SURROGATE =
  /[%/:;]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["%", "%25"],
  ["/", "%2F"],
  [":", "%3A"],
  [";", "%3B"],
]);

const escapeOne = (c: string): string =>
  ESCAPES.get(c) ?? `%u${c.charCodeAt(0).toString(16).toUpperCase()}`;

/**
 * Escapes a name for a path: only what a name cannot hold as it is is percent-escaped, so no
 * name can forge a path and two names escape alike only if they are the same name. Everything
 * else stays as it is (spaces, `@`, accents), which keeps paths readable in the address bar.
 */
export function escapeName(name: string): string {
  return TO_ESCAPE.test(name) ? name.replace(SEPARATOR_OR_LONE_SURROGATE, escapeOne) : name;
}

/** The path of the root of every hierarchy. */
export const ROOT_PATH = "/";

/**
 * One step of a path: `<kind>:<escaped name>`, with `;2`, `;3`... for the second and later
 * siblings of one kind and name (duplicates within a file), in model order. `Unassigned` is
 * the bare word `unassigned`, which no `<kind>:<name>` can equal.
 */
export function pathSegment(kind: NodeKind, name: string, ordinal: number): string {
  if (kind === "unassigned") return "unassigned";
  const segment = `${kind}:${escapeName(name)}`;
  return ordinal > 1 ? `${segment};${ordinal}` : segment;
}
