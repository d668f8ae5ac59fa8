import { asStatId, type NodeId } from "../config/ids";
import type { AgentGroup, PlaceGroup } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import { memberNode } from "./memberNode";
import { SiblingIds } from "./SiblingIds";

/**
 * An agent group (GroupAgents) or place group (GroupPlaces) node. Its children are its agents
 * or places unless `children` says otherwise (the group pivot puts campaign groups there).
 * Members whose reference did not resolve are left out: `unknown-reference` reports them.
 */
export function memberGroupNode(
  context: HierarchyContext,
  group: AgentGroup | PlaceGroup,
  ids: SiblingIds,
  children?: (id: NodeId) => readonly HierarchyNode[],
): HierarchyNode {
  const id = ids.next(group.kind === "agentGroup" ? "groupAgents" : "groupPlaces", group.name);
  return {
    id,
    kind: group.kind === "agentGroup" ? "groupAgents" : "groupPlaces",
    name: group.name,
    statId: asStatId(group.name),
    object: group.key,
    children: children ? children(id) : memberNodes(context, group, id),
  };
}

function memberNodes(
  context: HierarchyContext,
  group: AgentGroup | PlaceGroup,
  id: NodeId,
): HierarchyNode[] {
  const ids = new SiblingIds(id);
  const nodes: HierarchyNode[] = [];
  for (const member of context.links.membersOf.get(group.key) ?? []) {
    if (member.kind === "person" || member.kind === "place") nodes.push(memberNode(member, ids));
  }
  return nodes;
}
