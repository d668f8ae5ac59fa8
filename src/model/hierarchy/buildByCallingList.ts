import { callingListNode } from "./callingListNode";
import { campaignCallingListNode } from "./campaignCallingListNode";
import type { Campaign } from "../config/objects";
import type { NodeId } from "../config/ids";
import { campaignGroupNode, groupChild } from "./campaignGroupNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import type { TenantObjects } from "./ModelLinks";
import { SiblingIds } from "./SiblingIds";
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
export function buildByCallingList(
  context: HierarchyContext,
  objects: TenantObjects,
  ids: SiblingIds,
): HierarchyNode[] {
  const { model, links } = context;
  const nodes = objects.callingLists.map((list) =>
    callingListNode(list, ids, (listId) => {
      const entryIds = new SiblingIds(listId);
      return (links.usesOfCallingList.get(list.key) ?? []).map(({ campaign, entry }) =>
        campaignCallingListNode(context, campaign, entry, entryIds, (entryId) => [
          campaignNode(context, campaign, new SiblingIds(entryId), (campaignId) =>
            campaignGroupsOnly(context, campaign, campaignId),
          ),
        ]),
      );
    }),
  );
  const unassigned = unassignedNode(
    ids,
    (unassignedIds) => {
      const children: HierarchyNode[] = [];
      for (const campaign of objects.campaigns) {
        const listed = campaign.callingLists.some(
          ({ callingList: { key } }) =>
            key !== null && model.objects.get(key)?.kind === "callingList",
        );
        if (!listed) {
          children.push(
            campaignNode(context, campaign, unassignedIds, (campaignId) =>
              campaignGroupsOnly(context, campaign, campaignId),
            ),
          );
        }
      }
      return children.concat(unreachedNodes(context, objects, unassignedIds));
    },
    ungroupedNonAgents(objects, links),
  );
  if (unassigned) nodes.push(unassigned);
  return nodes;
}

function campaignGroupsOnly(
  context: HierarchyContext,
  campaign: Campaign,
  id: NodeId,
): HierarchyNode[] {
  const ids = new SiblingIds(id);
  const groups = context.links.campaignGroupsOfCampaign.get(campaign.key) ?? [];
  return groups.map((group) =>
    campaignGroupNode(context, group, ids, (groupId) => groupChild(context, group, groupId, false)),
  );
}
