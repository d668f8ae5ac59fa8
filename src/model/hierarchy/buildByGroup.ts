import type { NodeId } from "../config/ids";
import type { CampaignGroup } from "../config/objects";
import { campaignGroupNode } from "./campaignGroupNode";
import { campaignNode } from "./campaignNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import type { TenantObjects } from "./ModelLinks";
import { memberGroupNode } from "./memberGroupNode";
import { SiblingIds } from "./SiblingIds";
import { unassignedNode } from "./unassignedNode";
import { NO_CHILDREN } from "./noChildren";

/**
 * A tenant's children rooted by agent or place group, for "where does this team dial?":
 * GroupAgents | GroupPlaces -> CampaignGroup -> Campaign. Members are not repeated here (the
 * campaign pivot shows them). Campaign groups with no resolved group and campaigns with no
 * campaign group go under `Unassigned`.
 */
export function buildByGroup(
  context: HierarchyContext,
  objects: TenantObjects,
  ids: SiblingIds,
): HierarchyNode[] {
  const { model, links } = context;
  const nodes = [...objects.agentGroups, ...objects.placeGroups].map((group) =>
    memberGroupNode(context, group, ids, (groupId) => {
      const groupIds = new SiblingIds(groupId);
      return (links.campaignGroupsOfGroup.get(group.key) ?? []).map((campaignGroup) =>
        campaignGroupNode(context, campaignGroup, groupIds, (id) =>
          campaignOf(context, campaignGroup, id),
        ),
      );
    }),
  );
  const unassigned = unassignedNode(ids, (unassignedIds) => {
    const children: HierarchyNode[] = [];
    for (const campaignGroup of objects.campaignGroups) {
      const key = campaignGroup.group?.key ?? null;
      const kind = key === null ? undefined : model.objects.get(key)?.kind;
      if (kind !== "agentGroup" && kind !== "placeGroup") {
        children.push(
          campaignGroupNode(context, campaignGroup, unassignedIds, (id) =>
            campaignOf(context, campaignGroup, id),
          ),
        );
      }
    }
    for (const campaign of objects.campaigns) {
      if (!links.campaignGroupsOfCampaign.has(campaign.key)) {
        children.push(campaignNode(context, campaign, unassignedIds, () => NO_CHILDREN));
      }
    }
    return children;
  });
  if (unassigned) nodes.push(unassigned);
  return nodes;
}

function campaignOf(
  context: HierarchyContext,
  campaignGroup: CampaignGroup,
  id: NodeId,
): HierarchyNode[] {
  const key = campaignGroup.campaign.key;
  const campaign = key === null ? undefined : context.model.objects.get(key);
  if (campaign?.kind !== "campaign") return [];
  return [campaignNode(context, campaign, new SiblingIds(id), () => NO_CHILDREN)];
}
