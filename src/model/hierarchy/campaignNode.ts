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
 * (Here and in the other node builders, `children` is optional rather than a default
 * closure: a default would allocate a closure per node, a tenth of all that building
 * the campaign pivot of 100k objects allocated.)
 */
export function campaignNode(
  context: HierarchyContext,
  campaign: Campaign,
  ids: SiblingIds,
  children?: (id: NodeId) => readonly HierarchyNode[],
): HierarchyNode {
  const id = ids.next("campaign", campaign.name);
  return {
    id,
    kind: "campaign",
    name: campaign.name,
    statId: asStatId(campaign.name),
    object: campaign.key,
    children: children ? children(id) : campaignChildren(context, campaign, id),
  };
}

function campaignChildren(
  context: HierarchyContext,
  campaign: Campaign,
  id: NodeId,
): HierarchyNode[] {
  const ids = new SiblingIds(id);
  const groups = context.links.campaignGroupsOfCampaign.get(campaign.key) ?? [];
  const children: HierarchyNode[] = [];
  for (const group of groups) children.push(campaignGroupNode(context, group, ids));
  for (let entry = 0; entry < campaign.callingLists.length; entry++) {
    children.push(campaignCallingListNode(context, campaign, entry, ids));
  }
  return children;
}
