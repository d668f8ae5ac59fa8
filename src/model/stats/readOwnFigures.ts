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

// Each reader looks its statistics up directly (no generic field table): these run for every
// changed node on every commit, thousands of times a second on a busy stream.

export function ownAgentCounts(stats: ObjectStats | undefined): AgentCounts | null {
  if (!stats) return null;
  const loggedIn = numberOf(stats, STATISTIC.agentsLoggedIn);
  const ready = numberOf(stats, STATISTIC.agentsReady);
  const busy = numberOf(stats, STATISTIC.agentsBusy);
  const notReady = numberOf(stats, STATISTIC.agentsNotReady);
  const afterCallWork = numberOf(stats, STATISTIC.agentsAfterCallWork);
  if (
    loggedIn === null &&
    ready === null &&
    busy === null &&
    notReady === null &&
    afterCallWork === null
  ) {
    return null;
  }
  return {
    loggedIn: loggedIn ?? 0,
    ready: ready ?? 0,
    busy: busy ?? 0,
    notReady: notReady ?? 0,
    afterCallWork: afterCallWork ?? 0,
  };
}

export function ownCallCounts(stats: ObjectStats | undefined): CallCounts | null {
  if (!stats) return null;
  const dialed = numberOf(stats, STATISTIC.dialed);
  const answered = numberOf(stats, STATISTIC.answered);
  const abandoned = numberOf(stats, STATISTIC.abandoned);
  const busyTime = numberOf(stats, STATISTIC.busyTime);
  const loggedInTime = numberOf(stats, STATISTIC.loggedInTime);
  if (
    dialed === null &&
    answered === null &&
    abandoned === null &&
    busyTime === null &&
    loggedInTime === null
  ) {
    return null;
  }
  return {
    dialed: dialed ?? 0,
    answered: answered ?? 0,
    abandoned: abandoned ?? 0,
    busyTime: busyTime ?? 0,
    loggedInTime: loggedInTime ?? 0,
  };
}

export function ownCallbackCounts(stats: ObjectStats | undefined): CallbackCounts | null {
  if (!stats) return null;
  const scheduled = numberOf(stats, STATISTIC.callbacksScheduled);
  const completed = numberOf(stats, STATISTIC.callbacksCompleted);
  const missed = numberOf(stats, STATISTIC.callbacksMissed);
  if (scheduled === null && completed === null && missed === null) return null;
  return { scheduled: scheduled ?? 0, completed: completed ?? 0, missed: missed ?? 0 };
}

export function ownRecordCounts(stats: ObjectStats | undefined): RecordCounts | null {
  if (!stats) return null;
  const ready = numberOf(stats, STATISTIC.recordsReady);
  const processed = numberOf(stats, STATISTIC.recordsProcessed);
  const consumptionRate = numberOf(stats, STATISTIC.consumptionRate);
  if (ready === null && processed === null && consumptionRate === null) return null;
  return { ready: ready ?? 0, processed: processed ?? 0, consumptionRate: consumptionRate ?? 0 };
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
