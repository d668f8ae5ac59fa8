import type { NodeId } from "../config/ids";
import type { Campaign } from "../config/objects";
import { callingListNode } from "./callingListNode";
import type { HierarchyContext } from "./HierarchyContext";
import type { HierarchyNode } from "./HierarchyNode";
import { referenceLabel } from "./referenceLabel";
import { SiblingIds } from "./SiblingIds";
import { campaignCallingListStatId } from "./statIdOf";

/**
 * A CampaignCallingList node: one entry of a campaign's `callingLists`, which exists only in
 * Stat Server (`<campaign>@<list>`). Its object is the campaign and `entry` the index; it is
 * named after the list. Its child is the calling list, unless `children` says otherwise.
 */
export function campaignCallingListNode(
  context: HierarchyContext,
  campaign: Campaign,
  entry: number,
  ids: SiblingIds,
  children?: (id: NodeId) => readonly HierarchyNode[],
): HierarchyNode {
  const ref = campaign.callingLists[entry]?.callingList;
  const name = ref ? referenceLabel(context.model, ref) : "(none)";
  const id = ids.next("campaignCallingList", name);
  return {
    id,
    kind: "campaignCallingList",
    name,
    statId: campaignCallingListStatId(context.model, campaign, entry),
    object: campaign.key,
    entry,
    children: children ? children(id) : listChild(context, campaign, entry, id),
  };
}

function listChild(
  context: HierarchyContext,
  campaign: Campaign,
  entry: number,
  id: NodeId,
): HierarchyNode[] {
  const key = campaign.callingLists[entry]?.callingList.key ?? null;
  const list = key === null ? undefined : context.model.objects.get(key);
  return list?.kind === "callingList" ? [callingListNode(list, new SiblingIds(id))] : [];
}
