import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import type { TenantObjects } from "./ModelLinks";
import { campaignGroupNode } from "./campaignGroupNode";
import { memberGroupNode } from "./memberGroupNode";
import { memberNode } from "./memberNode";
import type { SiblingIds } from "./SiblingIds";

/**
 * Nodes for a tenant's objects that no campaign reaches through campaign groups: campaign
 * groups whose campaign is missing (with their group), agent and place groups no campaign
 * group uses (with their members), and agents and places in no group at all (persons who
 * are not agents are counted by `ungroupedNonAgents` instead).
 */
export function unreachedNodes(
  context: HierarchyContext,
  objects: TenantObjects,
  ids: SiblingIds,
): HierarchyNode[] {
  const { model, links } = context;
  const nodes: HierarchyNode[] = [];
  for (const group of objects.campaignGroups) {
    const key = group.campaign.key;
    if (key === null || model.objects.get(key)?.kind !== "campaign") {
      nodes.push(campaignGroupNode(context, group, ids));
    }
  }
  for (const groups of [objects.agentGroups, objects.placeGroups]) {
    for (const group of groups) {
      if (!links.campaignGroupsOfGroup.has(group.key))
        nodes.push(memberGroupNode(context, group, ids));
    }
  }
  for (const members of [objects.persons, objects.places]) {
    // Indexed: this runs once per tenant, over most of its objects, and until V8 optimizes
    // it a for-of loop allocates a result object per step.
    for (let i = 0; i < members.length; i++) {
      const member = members[i]!;
      if (links.grouped.has(member.key)) continue;
      if (member.kind === "person" && !member.isAgent) continue;
      nodes.push(memberNode(member, ids));
    }
  }
  return nodes;
}
