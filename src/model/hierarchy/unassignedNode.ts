import type { HierarchyNode } from "./HierarchyNode";
import { SiblingIds } from "./SiblingIds";

/**
 * A tenant's `Unassigned` node, holding what the pivot's tree does not reach, so that nothing
 * in a file is invisible; null when there is nothing to hold. Persons who are not agents are
 * not drawn (Stat Server has no Agent for them): `nonAgents` says how many its name counts.
 */
export function unassignedNode(
  tenantIds: SiblingIds,
  children: (ids: SiblingIds) => HierarchyNode[],
  nonAgents = 0,
): HierarchyNode | null {
  const id = tenantIds.fixed("unassigned");
  const nodes = children(new SiblingIds(id));
  if (nodes.length === 0 && nonAgents === 0) return null;
  return {
    id,
    kind: "unassigned",
    name:
      nonAgents === 0
        ? "Unassigned"
        : `Unassigned (and ${nonAgents === 1 ? "1 person who is not an agent" : `${nonAgents} persons who are not agents`}, not listed)`,
    statId: null,
    object: null,
    children: nodes,
  };
}
