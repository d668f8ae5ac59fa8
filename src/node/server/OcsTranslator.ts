import { composeStatId } from "../../model/hierarchy/composeStatId";
import { campaignStatus } from "../../model/stats/campaignStatus";
import { isGroupStatus } from "../../model/stats/GroupStatus";
import { STATISTIC } from "../../model/stats/Statistic";
import { isFreeStatisticName } from "../../model/stats/statisticName";
import type { StatUpdate, StatValue } from "../../model/stats/StatUpdate";
import type { StatValues } from "../../model/stats/StatValues";
import type { OcsGroupState } from "./ocsGroupState";

// Keys turned into named statistics; every other key is kept under its own name. A Map, since
// the keys come from the request body: a plain object would answer "constructor" too.
const MAPPED = new Map<string, string>([
  ["GSW_STAT_BUSY_FACTOR", STATISTIC.busyFactor],
  ["GSW_STAT_HIT_RATIO", STATISTIC.hitRatio],
  ["GSW_STAT_OVERDIAL_RATE", STATISTIC.overdialRate],
  ["GSW_STAT_TIME_TO_COMPLETE", STATISTIC.timeToComplete],
]);
const IDENTIFYING = new Set([
  "GSW_CAMPAIGN_NAME",
  "GSW_GROUP_NAME",
  "GSW_DIAL_MODE",
  "GSW_CAMPAIGN_GROUP_STATE",
]);
const MAX_KEPT_LENGTH = 1024;

function keptValue(value: unknown): StatValue {
  if (value === null || typeof value === "string" || typeof value === "number") {
    return typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : value;
  }
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value).slice(0, MAX_KEPT_LENGTH);
}

/**
 * Turns OCS Campaign Group Status Reporting POSTs into updates for the CampaignGroup
 * (`<campaign>@<group>`, the id Stat Server knows it by) and for its Campaign, whose status it
 * derives from every group of that campaign it knows of, as Stat Server does.
 */
export class OcsTranslator {
  readonly #groupsByCampaign = new Map<string, Set<string>>();
  readonly #values: StatValues;

  /** `groups`: campaign groups the configuration already knows, so a campaign's status counts them all. */
  constructor(values: StatValues, groups: Iterable<{ id: string; campaignId: string }> = []) {
    this.#values = values;
    for (const group of groups) this.#remember(group.campaignId, group.id);
  }

  /**
   * The updates a report means, and the keys it ignored: those whose name is not a statistic
   * name, or is a figure this translator derives (an extra "Status" must not overwrite it).
   */
  translate(state: OcsGroupState, now: number): { updates: StatUpdate[]; ignored: string[] } {
    const campaign = state.GSW_CAMPAIGN_NAME;
    const groupId = composeStatId(campaign, state.GSW_GROUP_NAME);
    this.#remember(campaign, groupId);
    const dialMode = state.GSW_DIAL_MODE;
    const status =
      state.GSW_CAMPAIGN_GROUP_STATE ??
      (dialMode !== undefined && dialMode !== null && dialMode !== "NoDialMode"
        ? "Running"
        : "Activated");
    const group = (statistic: string, value: StatValue): StatUpdate => ({
      objectType: "CampaignGroup",
      objectId: groupId,
      statistic,
      value,
      timestamp: now,
    });

    const updates: StatUpdate[] = [
      group(STATISTIC.status, status),
      group(
        STATISTIC.dialMode,
        status === "Running" && dialMode && dialMode !== "NoDialMode" ? dialMode : "NoDial",
      ),
    ];
    if (status !== "Running") updates.push(group(STATISTIC.waiting, "None"));
    const ignored: string[] = [];
    for (const [key, value] of Object.entries(state)) {
      if (IDENTIFYING.has(key) || value === undefined) continue;
      const mapped = MAPPED.get(key);
      if (mapped === undefined && !isFreeStatisticName(key)) {
        ignored.push(key);
        continue;
      }
      updates.push(group(mapped ?? key, keptValue(value)));
    }

    const statuses = [...this.#groupsByCampaign.get(campaign)!].map((id) => {
      if (id === groupId) return status;
      const known = this.#values.get("CampaignGroup", id, STATISTIC.status)?.value;
      return isGroupStatus(known) ? known : null;
    });
    updates.push({
      objectType: "Campaign",
      objectId: campaign,
      statistic: STATISTIC.status,
      value: campaignStatus(statuses),
      timestamp: now,
    });
    return { updates, ignored: ignored.sort() };
  }

  #remember(campaign: string, groupId: string): void {
    let groups = this.#groupsByCampaign.get(campaign);
    if (!groups) {
      groups = new Set();
      this.#groupsByCampaign.set(campaign, groups);
    }
    groups.add(groupId);
  }
}
