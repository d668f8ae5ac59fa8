import type { AgentGroup, PlaceGroup } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";
import { memberNode } from "./memberNode";

/**
 * An agent group (GroupAgents) or place group (GroupPlaces) node. Its children are its agents
 * or places unless `children` writes others (the group pivot puts campaign groups there).
 * Members whose reference did not resolve are left out (`unknown-reference` reports them), and
 * so are persons who are not agents: Stat Server has no Agent object for them, and does not
 * count them in the group (`non-agent-in-agent-group` reports them).
 */
export function memberGroupNode(
  context: HierarchyContext,
  group: AgentGroup | PlaceGroup,
  children?: () => void,
): void {
  const { nodes, links } = context;
  nodes.open(
    group.kind === "agentGroup" ? "groupAgents" : "groupPlaces",
    group.name,
    group.name,
    group.key,
  );
  if (children) children();
  else {
    for (const member of links.membersOf.get(group.key) ?? []) {
      if ((member.kind === "person" && member.isAgent) || member.kind === "place") {
        memberNode(context, member);
      }
    }
  }
  nodes.close();
}
