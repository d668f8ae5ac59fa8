import { NODE_KINDS, type NodeKind } from "./NodeKind";

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

/** One step of a path read back: the kind, the name as the configuration has it, the ordinal. */
export interface ParsedSegment {
  readonly kind: NodeKind;
  /** Null for `unassigned`, whose segment carries no name. */
  readonly name: string | null;
  readonly ordinal: number;
}

const KIND_OF: ReadonlyMap<string, NodeKind> = new Map(
  NODE_KINDS.filter((kind) => kind !== "root" && kind !== "unassigned").map((kind) => [kind, kind]),
);
const ESCAPED = /%(?:u([0-9A-F]{4})|(25|2F|3A|3B))/g;
const ORDINAL = /^(?:[2-9]|[1-9][0-9]+)$/;

/**
 * The inverse of `pathSegment`: the segment it would write for the result, or null when no
 * node's segment can be this text (an unknown kind, `;1` or `;02`, an escape it would not
 * write, a character it would have escaped). A path from a link is untrusted text, and a
 * lookup by it must find the node whose path it is, or none.
 */
export function parseSegment(segment: string): ParsedSegment | null {
  if (segment === "unassigned") return { kind: "unassigned", name: null, ordinal: 1 };
  const colon = segment.indexOf(":");
  if (colon < 0) return null;
  const kind = KIND_OF.get(segment.slice(0, colon));
  if (kind === undefined) return null;
  const semicolon = segment.indexOf(";", colon + 1);
  const escaped = segment.slice(colon + 1, semicolon < 0 ? segment.length : semicolon);
  let ordinal = 1;
  if (semicolon >= 0) {
    const digits = segment.slice(semicolon + 1);
    if (!ORDINAL.test(digits)) return null;
    ordinal = Number(digits);
    if (!Number.isSafeInteger(ordinal)) return null;
  }
  const name = escaped.includes("%")
    ? escaped.replace(ESCAPED, (_, u?: string, code?: string) =>
        String.fromCharCode(parseInt(u ?? code!, 16)),
      )
    : escaped;
  // Only the text escapeName writes for this name names it: anything else (a raw `:`, a
  // lowercase or needless escape, a pair of surrogates written as two escapes) names nothing.
  if (escapeName(name) !== escaped) return null;
  return { kind, name, ordinal };
}
