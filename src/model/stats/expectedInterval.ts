import type { GroupStatus } from "./GroupStatus";
import { STATISTIC } from "./Statistic";
import type { StatObjectType } from "./StatObjectType";

// Sent when they change, not periodically: a group that stays Running or an agent who stays
// Ready sends nothing new, and that is not staleness.
const EVENT_DRIVEN: ReadonlySet<string> = new Set([
  STATISTIC.status,
  STATISTIC.waiting,
  STATISTIC.dialMode,
  STATISTIC.state,
  STATISTIC.verdict,
  STATISTIC.refusal,
]);

/**
 * How often a statistic is expected to be refreshed (ms), or null when it is only sent on
 * change. OCS sends a group's figures periodically only while the group is loaded
 * (campaigngroup-states-interval, default 10 s), so the figures of a deactivated group or
 * campaign are not expected to move.
 */
export function expectedInterval(
  objectType: StatObjectType,
  statistic: string,
  status: GroupStatus | null,
  periodicIntervalMs: number,
): number | null {
  if (EVENT_DRIVEN.has(statistic)) return null;
  if ((objectType === "CampaignGroup" || objectType === "Campaign") && status === "Deactivated") {
    return null;
  }
  return periodicIntervalMs;
}

const STALE_INTERVALS = 2;

/** A figure older than twice its expected interval is stale. */
export function isStale(ageMs: number, intervalMs: number | null): boolean {
  return intervalMs !== null && ageMs > STALE_INTERVALS * intervalMs;
}

/** The last moment a figure due at `due` is not stale yet: once the clock is past it, it is. */
export function staleAfter(due: number, intervalMs: number): number {
  return due + STALE_INTERVALS * intervalMs;
}
