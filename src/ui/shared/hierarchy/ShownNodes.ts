import type { NodeId } from "../../../model/config/ids";
import { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/**
 * Which nodes of a hierarchy a view lays out: `top` at level 1 and, below each open node, its
 * children whose `shown` is 1 (every child when `shown` is null). A `ShownHierarchy` is one.
 */
export interface ShownNodes {
  readonly hierarchy: Hierarchy;
  readonly top: readonly NodeId[];
  readonly shown: Uint8Array | null;
}

const wholes = new WeakMap<Hierarchy, ShownNodes>();

/**
 * The whole hierarchy: the root's children at level 1, nothing filtered out. One per
 * hierarchy, the same object and `top` array every time, so views that memoise on them (the
 * tree's layout) do not lay out again when nothing changed.
 */
export function wholeHierarchy(hierarchy: Hierarchy): ShownNodes {
  let whole = wholes.get(hierarchy);
  if (!whole) {
    whole = Object.freeze({
      hierarchy,
      top: Object.freeze(hierarchy.children(Hierarchy.ROOT)),
      shown: null,
    });
    wholes.set(hierarchy, whole);
  }
  return whole;
}

/** Whether the node has a child that is laid out (and so can be opened). */
export function hasShownChildren({ hierarchy, shown }: ShownNodes, node: NodeId): boolean {
  const { end } = hierarchy.columns;
  const last = end[node]!;
  if (last === node + 1) return false;
  if (shown === null) return true;
  for (let c = node + 1; c < last; c = end[c]!) if (shown[c] === 1) return true;
  return false;
}

/** How many of the node's children are laid out when it is open. */
export function shownChildCount({ hierarchy, shown }: ShownNodes, node: NodeId): number {
  const { end, childCount } = hierarchy.columns;
  if (shown === null) return childCount[node]!;
  let count = 0;
  for (let c = node + 1; c < end[node]!; c = end[c]!) if (shown[c] === 1) count++;
  return count;
}
