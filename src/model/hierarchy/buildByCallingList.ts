import { callingListNode } from "./callingListNode";
import { campaignCallingListNode } from "./campaignCallingListNode";
import { campaignGroupChildren, campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import type { TenantObjects } from "./ModelLinks";
import { SiblingIds } from "./SiblingIds";
import { unassignedNode } from "./unassignedNode";
import { unreachedNodes } from "./unreachedNodes";

/**
 * A tenant's children rooted by calling list, for "which campaigns use this list?":
 * CallingList -> CampaignCallingList -> Campaign -> CampaignGroup -> group -> members.
 * Campaigns with no resolved calling list go under `Unassigned` with their groups.
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
            campaignGroupChildren(context, campaign, campaignId),
          ),
        ]),
      );
    }),
  );
  const unassigned = unassignedNode(ids, (unassignedIds) => {
    const children: HierarchyNode[] = [];
    for (const campaign of objects.campaigns) {
      const listed = campaign.callingLists.some(
        ({ callingList: { key } }) =>
          key !== null && model.objects.get(key)?.kind === "callingList",
      );
      if (!listed) {
        children.push(
          campaignNode(context, campaign, unassignedIds, (campaignId) =>
            campaignGroupChildren(context, campaign, campaignId),
          ),
        );
      }
    }
    return children.concat(unreachedNodes(context, objects, unassignedIds));
  });
  if (unassigned) nodes.push(unassigned);
  return nodes;
}
