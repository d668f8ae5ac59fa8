import type { NodeId } from "../config/ids";
import type { CampaignGroup } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import { memberGroupNode } from "./memberGroupNode";
import { NO_CHILDREN } from "./noChildren";
import { SiblingIds } from "./SiblingIds";
import { campaignGroupStatId } from "./statIdOf";

/**
 * A CampaignGroup node: named by the CfgCampaignGroup's own name, known to Stat Server by the
 * composed `<campaign>@<group>`. Its child is its agent or place group with the members,
 * unless `children` says otherwise (the group pivot puts the campaign there).
 */
export function campaignGroupNode(
  context: HierarchyContext,
  campaignGroup: CampaignGroup,
  ids: SiblingIds,
  children?: (id: NodeId) => readonly HierarchyNode[],
): HierarchyNode {
  const id = ids.next("campaignGroup", campaignGroup.name);
  return {
    id,
    kind: "campaignGroup",
    name: campaignGroup.name,
    statId: campaignGroupStatId(context.model, campaignGroup),
    object: campaignGroup.key,
    children: children ? children(id) : groupChild(context, campaignGroup, id),
  };
}

/**
 * The campaign group's agent or place group as its only child; with `members` false the group
 * is a leaf (the calling-list pivot, which answers "which campaigns use this list?").
 */
export function groupChild(
  context: HierarchyContext,
  campaignGroup: CampaignGroup,
  id: NodeId,
  members = true,
): HierarchyNode[] {
  const key = campaignGroup.group?.key ?? null;
  const group = key === null ? undefined : context.model.objects.get(key);
  if (group?.kind !== "agentGroup" && group?.kind !== "placeGroup") return [];
  const ids = new SiblingIds(id);
  return [
    members
      ? memberGroupNode(context, group, ids)
      : memberGroupNode(context, group, ids, () => NO_CHILDREN),
  ];
}
