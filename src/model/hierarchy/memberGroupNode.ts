import { asStatId, type NodeId } from "../config/ids";
import type { AgentGroup, ConfigObject, Person, Place, PlaceGroup } from "../config/objects";
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

function isMember(object: ConfigObject): object is Person | Place {
  return object.kind === "person" || object.kind === "place";
}

function memberNodes(
  context: HierarchyContext,
  group: AgentGroup | PlaceGroup,
  id: NodeId,
): HierarchyNode[] {
  const ids = new SiblingIds(id);
  const resolved = context.links.membersOf.get(group.key) ?? [];
  // A hierarchy keeps every children array it builds, and one grown by push keeps up to 16
  // spare slots: map sizes it exactly. Members of another kind are rare, so filter rarely runs.
  const members = resolved.every(isMember) ? resolved : resolved.filter(isMember);
  return members.map((member) => memberNode(member, ids));
}
