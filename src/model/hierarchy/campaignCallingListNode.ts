import type { Campaign } from "../config/objects";
import { callingListNode } from "./callingListNode";
import type { HierarchyContext } from "./HierarchyContext";
import { referenceLabel } from "./referenceLabel";
import { campaignCallingListStatId } from "./statIdOf";

/**
 * A CampaignCallingList node: one entry of a campaign's `callingLists`, which exists only in
 * Stat Server (`<campaign>@<list>`). Its object is the campaign and `entry` the index; it is
 * named after the list. Its child is the calling list, unless `children` writes others.
 */
export function campaignCallingListNode(
  context: HierarchyContext,
  campaign: Campaign,
  entry: number,
  children?: () => void,
): void {
  const { nodes, model } = context;
  const ref = campaign.callingLists[entry]?.callingList;
  const name = ref ? referenceLabel(model, ref) : "(none)";
  nodes.open(
    "campaignCallingList",
    name,
    campaignCallingListStatId(model, campaign, entry),
    campaign.key,
    entry,
  );
  if (children) children();
  else {
    const key = ref?.key ?? null;
    const list = key === null ? undefined : model.objects.get(key);
    if (list?.kind === "callingList") callingListNode(context, list);
  }
  nodes.close();
}
