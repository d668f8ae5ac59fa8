import type { CampaignGroup } from "../config/objects";
import { campaignGroupNode } from "./campaignGroupNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { TenantObjects } from "./ModelLinks";
import { memberGroupNode } from "./memberGroupNode";
import { unassignedNode } from "./unassignedNode";

/**
 * A tenant's children rooted by agent or place group, for "where does this team dial?":
 * GroupAgents | GroupPlaces -> CampaignGroup -> Campaign. Members are not repeated here (the
 * campaign pivot shows them). Campaign groups with no resolved group and campaigns with no
 * campaign group go under `Unassigned`.
 */
export function buildByGroup(context: HierarchyContext, objects: TenantObjects): void {
  const { model, links } = context;
  for (const group of [...objects.agentGroups, ...objects.placeGroups]) {
    memberGroupNode(context, group, () => {
      for (const campaignGroup of links.campaignGroupsOfGroup.get(group.key) ?? []) {
        campaignGroupNode(context, campaignGroup, () => campaignOf(context, campaignGroup));
      }
    });
  }
  unassignedNode(context, () => {
    for (const campaignGroup of objects.campaignGroups) {
      const key = campaignGroup.group?.key ?? null;
      const kind = key === null ? undefined : model.objects.get(key)?.kind;
      if (kind !== "agentGroup" && kind !== "placeGroup") {
        campaignGroupNode(context, campaignGroup, () => campaignOf(context, campaignGroup));
      }
    }
    for (const campaign of objects.campaigns) {
      if (!links.campaignGroupsOfCampaign.has(campaign.key)) {
        campaignNode(context, campaign, () => {});
      }
    }
  });
}

function campaignOf(context: HierarchyContext, campaignGroup: CampaignGroup): void {
  const key = campaignGroup.campaign.key;
  const campaign = key === null ? undefined : context.model.objects.get(key);
  if (campaign?.kind === "campaign") campaignNode(context, campaign, () => {});
}
