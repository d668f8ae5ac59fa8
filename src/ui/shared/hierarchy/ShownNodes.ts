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

/** The whole hierarchy: the root's children at level 1, nothing filtered out. */
export function wholeHierarchy(hierarchy: Hierarchy): ShownNodes {
  return { hierarchy, top: hierarchy.children(Hierarchy.ROOT), shown: null };
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
