import { composeStatId } from "../../model/hierarchy/composeStatId";
import { campaignStatus } from "../../model/stats/campaignStatus";
import { isGroupStatus } from "../../model/stats/GroupStatus";
import { STATISTIC } from "../../model/stats/Statistic";
import { isFreeStatisticName } from "../../model/stats/statisticName";
import type { StatUpdate, StatValue } from "../../model/stats/StatUpdate";
import type { StatValues } from "../../model/stats/StatValues";
import type { KnownGroup } from "./ocsGroupDirectory";
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
  "GSW_CALLING_LISTS",
]);
const MAX_KEPT_LENGTH = 1024;
/** Deeper values are not kept: nothing OCS sends nests, and encoding them costs the stack. */
const MAX_KEPT_DEPTH = 16;

/** Whether a JSON value nests deeper than `limit`, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item === "object" && item !== null) next.push(...Object.values(item));
    }
    level = next;
  }
  return false;
}

function keptValue(value: unknown): StatValue {
  if (value === null || typeof value === "string" || typeof value === "number") {
    return typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : value;
  }
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value).slice(0, MAX_KEPT_LENGTH);
}

type OcsTranslation =
  { readonly updates: StatUpdate[]; readonly ignored: string[] } | { readonly unplaced: string };

/**
 * Turns OCS Campaign Group Status Reporting POSTs into updates for the CampaignGroup
 * (`<campaign>@<group>`, the id Stat Server knows it by), its Campaign, whose status it
 * derives from every group of that campaign it knows of, as Stat Server does, and the
 * CampaignCallingLists whose figures the report carries.
 */
export class OcsTranslator {
  readonly #groupsByCampaign = new Map<string, Set<string>>();
  readonly #byDbid = new Map<number, KnownGroup>();
  readonly #values: StatValues;

  /** `groups`: campaign groups the configuration already knows, so a campaign's status counts them all. */
  constructor(values: StatValues, groups: Iterable<KnownGroup> = []) {
    this.#values = values;
    for (const group of groups) {
      this.#remember(group.campaignId, group.id);
      if (group.dbid !== undefined) this.#byDbid.set(group.dbid, group);
    }
  }

  /**
   * The updates a report means, and the keys it ignored: those whose name is not a statistic
   * name, or is a figure this translator derives (an extra "Status" must not overwrite it), or
   * whose value nests too deep to keep.
   * A report whose group cannot be identified, or that the server will not hold (`admits`),
   * gives the reason instead.
   */
  translate(
    state: OcsGroupState,
    now: number,
    admits: (type: "CampaignGroup", id: string) => boolean = () => true,
  ): OcsTranslation {
    const placed = this.#place(state);
    if ("unplaced" in placed) return placed;
    const { campaign, groupId } = placed;
    // A group the server will not hold is not remembered either: it would count in its
    // campaign's status forever.
    if (!admits("CampaignGroup", groupId)) {
      return { unplaced: `the server holds no more objects outside the configuration` };
    }
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
      source: "ocs",
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
      if (
        (mapped === undefined && !isFreeStatisticName(key)) ||
        nestsDeeperThan(value, MAX_KEPT_DEPTH)
      ) {
        ignored.push(key);
        continue;
      }
      updates.push(group(mapped ?? key, keptValue(value)));
    }
    for (const list of state.GSW_CALLING_LISTS ?? []) {
      const objectId = composeStatId(campaign, list.GSW_CALLING_LIST_NAME);
      for (const [key, statistic] of [
        ["GSW_STAT_HIT_RATIO", STATISTIC.hitRatio],
        ["GSW_STAT_TIME_TO_COMPLETE", STATISTIC.timeToComplete],
      ] as const) {
        const value = list[key];
        if (value !== undefined) {
          updates.push({
            objectType: "CampaignCallingList",
            objectId,
            statistic,
            value,
            timestamp: now,
            source: "ocs",
          });
        }
      }
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
      source: "ocs",
    });
    return { updates, ignored: ignored.sort() };
  }

  /**
   * Which group a report is about. The documented pair (campaign and group names) first; then
   * the group's DBID in the loaded configuration, which holds even when the group is misnamed;
   * then the group's configured name when it holds exactly one `@` (our reading: a name in the
   * `<campaign>@<group>` form, GSW_GROUP_NAME winning for the group part when sent).
   */
  #place(state: OcsGroupState): { campaign: string; groupId: string } | { unplaced: string } {
    const campaignName = state.GSW_CAMPAIGN_NAME;
    const groupName = state.GSW_GROUP_NAME;
    if (campaignName !== undefined && groupName !== undefined) {
      return { campaign: campaignName, groupId: composeStatId(campaignName, groupName) };
    }
    const dbid = state.GSW_CAMPAIGN_GROUP_DBID;
    const known = dbid === undefined || dbid === null ? undefined : this.#byDbid.get(dbid);
    if (known) return { campaign: known.campaignId, groupId: known.id };
    const configured = state.GSW_CAMPAIGN_GROUP_NAME;
    const parts = configured?.split("@") ?? [];
    if (campaignName === undefined && parts.length === 2 && parts[0] !== "" && parts[1] !== "") {
      return { campaign: parts[0]!, groupId: composeStatId(parts[0]!, groupName ?? parts[1]!) };
    }
    const why = [
      campaignName === undefined ? "no GSW_CAMPAIGN_NAME" : "no GSW_GROUP_NAME",
      dbid === undefined || dbid === null
        ? "no GSW_CAMPAIGN_GROUP_DBID"
        : `GSW_CAMPAIGN_GROUP_DBID ${dbid} is no campaign group of the loaded configuration`,
      configured === undefined || configured === null
        ? "no GSW_CAMPAIGN_GROUP_NAME"
        : `GSW_CAMPAIGN_GROUP_NAME ${JSON.stringify(configured)} does not hold exactly one @`,
    ];
    return { unplaced: `cannot tell which campaign group this is: ${why.join("; ")}` };
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
