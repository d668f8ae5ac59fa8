import type { Campaign } from "../config/objects";
import { campaignCallingListNode } from "./campaignCallingListNode";
import { campaignGroupNode } from "./campaignGroupNode";
import type { HierarchyContext } from "./HierarchyContext";

/**
 * A Campaign node. By default its children are Stat Server's: its campaign groups (each with
 * its group and members), then one CampaignCallingList per entry of its `callingLists`;
 * `children` writes others instead (the other pivots).
 */
export function campaignNode(
  context: HierarchyContext,
  campaign: Campaign,
  children?: () => void,
): void {
  const { nodes, links } = context;
  nodes.open("campaign", campaign.name, campaign.name, campaign.key);
  if (children) children();
  else {
    for (const group of links.campaignGroupsOfCampaign.get(campaign.key) ?? []) {
      campaignGroupNode(context, group);
    }
    for (let entry = 0; entry < campaign.callingLists.length; entry++) {
      campaignCallingListNode(context, campaign, entry);
    }
  }
  nodes.close();
}
