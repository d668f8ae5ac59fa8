import { asNodeId, type NodeId } from "../config/ids";
import type { NodeKind } from "./HierarchyNode";

/** The characters `encodeURIComponent` leaves as they are. */
const UNESCAPED = /^[A-Za-z0-9\-_.!~*'()]*$/;

/**
 * Percent-escapes a name for an id. A lone UTF-16 surrogate (possible in JSON text) cannot
 * be percent-encoded; it becomes U+FFFD, and the sibling number keeps the id unique. Most
 * names need no escape, and one regex test costs less than building their copy.
 */
function escapeName(name: string): string {
  if (UNESCAPED.test(name)) return name;
  try {
    return encodeURIComponent(name);
  } catch {
    return encodeURIComponent(name.replace(/[\uD800-\uDFFF]/gu, "\uFFFD"));
  }
}

/** The id of the root node of every hierarchy. */
export const ROOT_ID = asNodeId("/");

/**
 * Hands out the ids of one node's children. An id is the parent's id, `/`, then
 * `<kind>:<name>` with the name percent-escaped (so `/`, `:`, `;` and `@` in names cannot
 * forge a path); the second and later siblings of one kind and name (duplicates within a
 * file) get `;2`, `;3`... in model order. The same data therefore yields the same ids on
 * every load, and no two nodes share one.
 */
export class SiblingIds {
  // By kind, then by escaped name (two names can escape alike): a name that needs no escape
  // is the model's own string, whose hash V8 has cached, so counting builds no key per child.
  private readonly seen = new Map<NodeKind, Map<string, number>>();

  constructor(private readonly parentId: NodeId) {}

  next(kind: NodeKind, name: string): NodeId {
    const escaped = escapeName(name);
    let names = this.seen.get(kind);
    if (!names) this.seen.set(kind, (names = new Map()));
    const count = (names.get(escaped) ?? 0) + 1;
    names.set(escaped, count);
    const segment = `${kind}:${escaped}`;
    const unique = count === 1 ? segment : `${segment};${count}`;
    return asNodeId(this.parentId === ROOT_ID ? unique : `${this.parentId}/${unique}`);
  }

  /** A structural child (`unassigned`): a bare word, which no `<kind>:<name>` can equal. */
  fixed(word: string): NodeId {
    return asNodeId(this.parentId === ROOT_ID ? word : `${this.parentId}/${word}`);
  }
}
