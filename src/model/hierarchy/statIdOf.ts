import type { ConfigModel } from "../config/ConfigModel";
import { asStatId, type StatId } from "../config/ids";
import type { Campaign, CampaignGroup, ConfigObject } from "../config/objects";
import { composeStatId } from "./composeStatId";
import { referencedName } from "./referencedName";

/**
 * A campaign group's Stat Server id, `<campaign name>@<group name>`, composed from the names
 * of the campaign and the group it refers to (its own `name` plays no part); null when either
 * name is unknown (no group, or a reference by DBID that nothing matched).
 */
export function campaignGroupStatId(model: ConfigModel, group: CampaignGroup): StatId | null {
  const campaignName = referencedName(model, group.campaign);
  const groupName = group.group ? referencedName(model, group.group) : null;
  if (campaignName === null || groupName === null) return null;
  return composeStatId(campaignName, groupName);
}

/** A campaign calling list entry's Stat Server id, `<campaign name>@<calling list name>`. */
export function campaignCallingListStatId(
  model: ConfigModel,
  campaign: Campaign,
  entry: number,
): StatId | null {
  const listRef = campaign.callingLists[entry]?.callingList;
  const listName = listRef ? referencedName(model, listRef) : null;
  return listName === null ? null : composeStatId(campaign.name, listName);
}

/**
 * The id Stat Server knows an object by: its name, the composed id of a campaign group, or
 * the employee ID of a person (Stat Server identifies agents by employee ID, not userName).
 */
export function statIdOfObject(model: ConfigModel, object: ConfigObject): StatId | null {
  switch (object.kind) {
    case "campaignGroup":
      return campaignGroupStatId(model, object);
    case "person":
      return object.employeeId ? asStatId(object.employeeId) : null;
    default:
      return asStatId(object.name);
  }
}
