import type { HierarchyContext } from "./HierarchyContext";

/**
 * A tenant's `Unassigned` node, holding what the pivot's tree does not reach, so that nothing
 * in a file is invisible; left out when there is nothing to hold. Persons who are not agents
 * are not drawn (Stat Server has no Agent for them): `nonAgents` says how many its name counts.
 */
export function unassignedNode(
  { nodes }: HierarchyContext,
  children: () => void,
  nonAgents = 0,
): void {
  nodes.open(
    "unassigned",
    nonAgents === 0
      ? "Unassigned"
      : `Unassigned (and ${nonAgents === 1 ? "1 person who is not an agent" : `${nonAgents} persons who are not agents`}, not listed)`,
    null,
    null,
  );
  children();
  if (nodes.openChildren === 0 && nonAgents === 0) nodes.discard();
  else nodes.close();
}
