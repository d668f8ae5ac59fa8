import { DIAL_MODE } from "../config/enums";
import {
  isAgentState,
  isGroupStatus,
  isGroupWaiting,
  type AgentState,
  type GroupStatus,
  type GroupWaiting,
  type StatDialMode,
} from "./GroupStatus";
import type {
  AgentCounts,
  CallbackCounts,
  CallCounts,
  CallRates,
  RecordCounts,
} from "./NodeFigures";
import { STATISTIC } from "./Statistic";
import type { ObjectStats } from "./StatValues";

// Readers of one object's own reported statistics. Values are validated at the boundary that
// received them (the server, the simulator), but a feeder may still send a statistic name
// this product knows with a value of another type; such a value reads as absent.

function numberOf(stats: ObjectStats | undefined, statistic: string): number | null {
  const value = stats?.get(statistic)?.value;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function countsOf<T extends Record<string, number>>(
  stats: ObjectStats | undefined,
  fields: { readonly [K in keyof T]: string },
): T | null {
  if (!stats) return null;
  let any = false;
  const counts: Record<string, number> = {};
  for (const [field, statistic] of Object.entries(fields)) {
    const value = numberOf(stats, statistic);
    if (value !== null) any = true;
    counts[field] = value ?? 0;
  }
  return any ? (counts as T) : null;
}

export function ownAgentCounts(stats: ObjectStats | undefined): AgentCounts | null {
  return countsOf<AgentCounts & Record<string, number>>(stats, {
    loggedIn: STATISTIC.agentsLoggedIn,
    ready: STATISTIC.agentsReady,
    busy: STATISTIC.agentsBusy,
    notReady: STATISTIC.agentsNotReady,
    afterCallWork: STATISTIC.agentsAfterCallWork,
  });
}

export function ownCallCounts(stats: ObjectStats | undefined): CallCounts | null {
  return countsOf<CallCounts & Record<string, number>>(stats, {
    dialed: STATISTIC.dialed,
    answered: STATISTIC.answered,
    abandoned: STATISTIC.abandoned,
    busyTime: STATISTIC.busyTime,
    loggedInTime: STATISTIC.loggedInTime,
  });
}

export function ownCallbackCounts(stats: ObjectStats | undefined): CallbackCounts | null {
  return countsOf<CallbackCounts & Record<string, number>>(stats, {
    scheduled: STATISTIC.callbacksScheduled,
    completed: STATISTIC.callbacksCompleted,
    missed: STATISTIC.callbacksMissed,
  });
}

export function ownRecordCounts(stats: ObjectStats | undefined): RecordCounts | null {
  return countsOf<RecordCounts & Record<string, number>>(stats, {
    ready: STATISTIC.recordsReady,
    processed: STATISTIC.recordsProcessed,
    consumptionRate: STATISTIC.consumptionRate,
  });
}

/** Rates a source reported directly (OCS sends rates, not the counts behind them). */
export function reportedRates(stats: ObjectStats | undefined): CallRates {
  return {
    busyFactor: numberOf(stats, STATISTIC.busyFactor),
    hitRatio: numberOf(stats, STATISTIC.hitRatio),
    overdialRate: numberOf(stats, STATISTIC.overdialRate),
  };
}

export function reportedNumber(stats: ObjectStats | undefined, statistic: string): number | null {
  return numberOf(stats, statistic);
}

export function ownStatus(stats: ObjectStats | undefined): GroupStatus | null {
  const value = stats?.get(STATISTIC.status)?.value;
  return isGroupStatus(value) ? value : null;
}

export function ownWaiting(stats: ObjectStats | undefined): GroupWaiting | null {
  const value = stats?.get(STATISTIC.waiting)?.value;
  return isGroupWaiting(value) ? value : null;
}

const DIAL_MODES: ReadonlySet<string> = new Set([
  ...Object.values(DIAL_MODE.byValue).filter((mode) => mode !== "NoDialMode"),
  "NoDial",
]);

export function ownDialMode(stats: ObjectStats | undefined): StatDialMode | null {
  const value = stats?.get(STATISTIC.dialMode)?.value;
  return typeof value === "string" && DIAL_MODES.has(value) ? (value as StatDialMode) : null;
}

export function ownState(
  stats: ObjectStats | undefined,
): { state: AgentState; since: number } | null {
  const entry = stats?.get(STATISTIC.state);
  return entry && isAgentState(entry.value) ? { state: entry.value, since: entry.timestamp } : null;
}
