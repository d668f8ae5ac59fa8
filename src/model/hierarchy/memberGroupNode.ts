import { asStatId, type NodeId } from "../config/ids";
import type { AgentGroup, PlaceGroup } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import { memberNode } from "./memberNode";
import { SiblingIds } from "./SiblingIds";

/**
 * An agent group (GroupAgents) or place group (GroupPlaces) node. Its children are its agents
 * or places unless `children` says otherwise (the group pivot puts campaign groups there).
 * Members whose reference did not resolve are left out (`unknown-reference` reports them), and
 * so are persons who are not agents: Stat Server has no Agent object for them, and does not
 * count them in the group (`non-agent-in-agent-group` reports them).
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
  const members = context.links.membersOf.get(group.key) ?? [];
  // Sized up front: a hierarchy keeps every children array it builds, and one grown by push
  // keeps up to 16 spare slots. A member of another kind (rare) only shortens it at the end.
  const nodes = new Array<HierarchyNode>(members.length);
  let count = 0;
  for (let i = 0; i < members.length; i++) {
    const member = members[i]!;
    if ((member.kind === "person" && member.isAgent) || member.kind === "place") {
      nodes[count++] = memberNode(member, ids);
    }
  }
  if (count < nodes.length) nodes.length = count;
  return nodes;
}
