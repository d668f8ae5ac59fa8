import type { HierarchyContext } from "./HierarchyContext";
import type { TenantObjects } from "./ModelLinks";
import { campaignGroupNode } from "./campaignGroupNode";
import { memberGroupNode } from "./memberGroupNode";
import { memberNode } from "./memberNode";

/**
 * Nodes for a tenant's objects that no campaign reaches through campaign groups: campaign
 * groups whose campaign is missing (with their group), agent and place groups no campaign
 * group uses (with their members), and agents and places in no group at all (persons who
 * are not agents are counted by `ungroupedNonAgents` instead).
 */
export function unreachedNodes(context: HierarchyContext, objects: TenantObjects): void {
  const { model, links } = context;
  for (const group of objects.campaignGroups) {
    const key = group.campaign.key;
    if (key === null || model.objects.get(key)?.kind !== "campaign") {
      campaignGroupNode(context, group);
    }
  }
  for (const groups of [objects.agentGroups, objects.placeGroups]) {
    for (const group of groups) {
      if (!links.campaignGroupsOfGroup.has(group.key)) memberGroupNode(context, group);
    }
  }
  for (const members of [objects.persons, objects.places]) {
    for (const member of members) {
      if (links.grouped.has(member.key)) continue;
      if (member.kind === "person" && !member.isAgent) continue;
      memberNode(context, member);
    }
  }
}
