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
  const end = hierarchy.end(node);
  if (end === node + 1) return false;
  // Every shown node's parent is shown, so a shown descendant means a shown child.
  if (shown === null) return true;
  const next = shown.indexOf(1, node + 1);
  return next >= 0 && next < end;
}
