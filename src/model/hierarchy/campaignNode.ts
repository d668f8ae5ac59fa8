import { asStatId, type NodeId } from "../config/ids";
import type { Campaign } from "../config/objects";
import { campaignCallingListNode } from "./campaignCallingListNode";
import { campaignGroupNode } from "./campaignGroupNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import { SiblingIds } from "./SiblingIds";

/**
 * A Campaign node. By default its children are Stat Server's: its campaign groups (each with
 * its group and members), then one CampaignCallingList per entry of its `callingLists`.
 */
export function campaignNode(
  context: HierarchyContext,
  campaign: Campaign,
  ids: SiblingIds,
  children: (id: NodeId) => readonly HierarchyNode[] = (id) =>
    campaignChildren(context, campaign, id),
): HierarchyNode {
  const id = ids.next("campaign", campaign.name);
  return {
    id,
    kind: "campaign",
    name: campaign.name,
    statId: asStatId(campaign.name),
    object: campaign.key,
    children: children(id),
  };
}

function campaignChildren(
  context: HierarchyContext,
  campaign: Campaign,
  id: NodeId,
): HierarchyNode[] {
  const ids = new SiblingIds(id);
  const groups = context.links.campaignGroupsOfCampaign.get(campaign.key) ?? [];
  const children = groups.map((group) => campaignGroupNode(context, group, ids));
  campaign.callingLists.forEach((_, entry) => {
    children.push(campaignCallingListNode(context, campaign, entry, ids));
  });
  return children;
}
