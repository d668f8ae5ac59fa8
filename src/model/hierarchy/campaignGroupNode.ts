import type { CampaignGroup } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";
import { memberGroupNode } from "./memberGroupNode";
import { campaignGroupStatId } from "./statIdOf";

/**
 * A CampaignGroup node: named by the CfgCampaignGroup's own name, known to Stat Server by the
 * composed `<campaign>@<group>`. Its child is its agent or place group with the members,
 * unless `children` writes others (the group pivot puts the campaign there).
 */
export function campaignGroupNode(
  context: HierarchyContext,
  campaignGroup: CampaignGroup,
  children?: () => void,
): void {
  const { nodes, model } = context;
  nodes.open(
    "campaignGroup",
    campaignGroup.name,
    campaignGroupStatId(model, campaignGroup),
    campaignGroup.key,
  );
  if (children) children();
  else groupChild(context, campaignGroup);
  nodes.close();
}

/**
 * The campaign group's agent or place group as its only child; with `members` false the group
 * is a leaf (the calling-list pivot, which answers "which campaigns use this list?").
 */
export function groupChild(
  context: HierarchyContext,
  campaignGroup: CampaignGroup,
  members = true,
): void {
  const key = campaignGroup.group?.key ?? null;
  const group = key === null ? undefined : context.model.objects.get(key);
  if (group?.kind !== "agentGroup" && group?.kind !== "placeGroup") return;
  if (members) memberGroupNode(context, group);
  else memberGroupNode(context, group, () => {});
}
