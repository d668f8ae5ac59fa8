import { asNodeId, type NodeId } from "../config/ids";
import type { NodeKind } from "./HierarchyNode";

/**
 * Percent-escapes a name for an id. A lone UTF-16 surrogate (possible in JSON text) cannot
 * be percent-encoded; it becomes U+FFFD, and the sibling number keeps the id unique.
 */
function escapeName(name: string): string {
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
  private readonly seen = new Map<string, number>();

  constructor(private readonly parentId: NodeId) {}

  next(kind: NodeKind, name: string): NodeId {
    const segment = `${kind}:${escapeName(name)}`;
    const count = (this.seen.get(segment) ?? 0) + 1;
    this.seen.set(segment, count);
    const unique = count === 1 ? segment : `${segment};${count}`;
    return asNodeId(this.parentId === ROOT_ID ? unique : `${this.parentId}/${unique}`);
  }

  /** A structural child (`unassigned`): a bare word, which no `<kind>:<name>` can equal. */
  fixed(word: string): NodeId {
    return asNodeId(this.parentId === ROOT_ID ? word : `${this.parentId}/${word}`);
  }
}
