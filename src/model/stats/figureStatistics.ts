import type { FigureName } from "./Figure";
import { STATISTIC } from "./Statistic";

const AGENTS = [
  STATISTIC.agentsLoggedIn,
  STATISTIC.agentsReady,
  STATISTIC.agentsBusy,
  STATISTIC.agentsNotReady,
  STATISTIC.agentsAfterCallWork,
];
const CALLS = [
  STATISTIC.dialed,
  STATISTIC.answered,
  STATISTIC.abandoned,
  STATISTIC.busyTime,
  STATISTIC.loggedInTime,
];
const CALLBACKS = [
  STATISTIC.callbacksScheduled,
  STATISTIC.callbacksCompleted,
  STATISTIC.callbacksMissed,
];
const RECORDS = [STATISTIC.recordsReady, STATISTIC.recordsProcessed, STATISTIC.consumptionRate];

/**
 * The statistics an object reports for itself that a figure is read from (see
 * `readOwnFigures`): when the object holds any of them, the figure is its own; otherwise it is
 * summed from the objects beneath. Counts are read as a family (an object reporting some agent
 * counts reports them all, missing ones as 0), and a rate is a source's own or computed from
 * the counts.
 */
export const FIGURE_STATISTICS: Readonly<Record<FigureName, readonly string[]>> = {
  status: [STATISTIC.status],
  waiting: [STATISTIC.waiting],
  dialMode: [STATISTIC.dialMode],
  state: [STATISTIC.state],
  timeInState: [STATISTIC.state],
  groupsRunning: [],
  groupsWaiting: [],
  agentsLoggedIn: AGENTS,
  agentsReady: AGENTS,
  agentsBusy: AGENTS,
  agentsNotReady: AGENTS,
  dialed: CALLS,
  answered: CALLS,
  abandoned: CALLS,
  busyFactor: [STATISTIC.busyFactor, ...CALLS],
  hitRatio: [STATISTIC.hitRatio, ...CALLS],
  overdialRate: [STATISTIC.overdialRate, ...CALLS],
  callbacksScheduled: CALLBACKS,
  callbacksMissed: CALLBACKS,
  recordsReady: RECORDS,
  recordsProcessed: RECORDS,
  consumptionRate: RECORDS,
  timeToComplete: [STATISTIC.timeToComplete, ...RECORDS],
};
