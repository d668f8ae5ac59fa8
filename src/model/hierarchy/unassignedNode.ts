import type { HierarchyNode } from "./HierarchyNode";
import { SiblingIds } from "./SiblingIds";

/**
 * A tenant's `Unassigned` node, holding what the pivot's tree does not reach, so that nothing
 * in a file is invisible; null when there is nothing to hold.
 */
export function unassignedNode(
  tenantIds: SiblingIds,
  children: (ids: SiblingIds) => HierarchyNode[],
): HierarchyNode | null {
  const id = tenantIds.fixed("unassigned");
  const nodes = children(new SiblingIds(id));
  if (nodes.length === 0) return null;
  return {
    id,
    kind: "unassigned",
    name: "Unassigned",
    statId: null,
    object: null,
    children: nodes,
  };
}
