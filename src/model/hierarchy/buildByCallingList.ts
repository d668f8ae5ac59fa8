import type { Campaign } from "../config/objects";
import { callingListNode } from "./callingListNode";
import { campaignCallingListNode } from "./campaignCallingListNode";
import { campaignGroupNode, groupChild } from "./campaignGroupNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { TenantObjects } from "./ModelLinks";
import { unassignedNode } from "./unassignedNode";
import { unreachedNodes } from "./unreachedNodes";
import { ungroupedNonAgents } from "./ungroupedNonAgents";

/**
 * A tenant's children rooted by calling list, for "which campaigns use this list?":
 * CallingList -> CampaignCallingList -> Campaign -> CampaignGroup -> GroupAgents | GroupPlaces.
 * Members are left to the campaign pivot: a list shared by every campaign would otherwise
 * repeat every agent once more. Campaigns with no resolved calling list go under
 * `Unassigned` with their groups.
 */
export function buildByCallingList(context: HierarchyContext, objects: TenantObjects): void {
  const { model, links } = context;
  for (const list of objects.callingLists) {
    callingListNode(context, list, () => {
      for (const { campaign, entry } of links.usesOfCallingList.get(list.key) ?? []) {
        campaignCallingListNode(context, campaign, entry, () =>
          campaignNode(context, campaign, () => campaignGroupsOnly(context, campaign)),
        );
      }
    });
  }
  unassignedNode(
    context,
    () => {
      for (const campaign of objects.campaigns) {
        const listed = campaign.callingLists.some(
          ({ callingList: { key } }) =>
            key !== null && model.objects.get(key)?.kind === "callingList",
        );
        if (!listed) {
          campaignNode(context, campaign, () => campaignGroupsOnly(context, campaign));
        }
      }
      unreachedNodes(context, objects);
    },
    ungroupedNonAgents(objects, links),
  );
}

function campaignGroupsOnly(context: HierarchyContext, campaign: Campaign): void {
  for (const group of context.links.campaignGroupsOfCampaign.get(campaign.key) ?? []) {
    campaignGroupNode(context, group, () => groupChild(context, group, false));
  }
}
