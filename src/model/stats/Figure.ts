import type { NodeFigures } from "./NodeFigures";

/** How a figure is measured, which decides how it is shown and compared. */
type FigureUnit = "state" | "count" | "fraction" | "seconds" | "perHour";

/** The figures a node can show, flat, for chips, thresholds and the history chart. */
export const FIGURES = {
  status: { label: "Status", unit: "state" },
  waiting: { label: "Waiting", unit: "state" },
  dialMode: { label: "Dial mode", unit: "state" },
  state: { label: "State", unit: "state" },
  timeInState: { label: "Time in state", unit: "seconds" },
  groupsRunning: { label: "Groups running", unit: "count" },
  groupsWaiting: { label: "Groups waiting", unit: "count" },
  agentsLoggedIn: { label: "Agents logged in", unit: "count" },
  agentsReady: { label: "Agents ready", unit: "count" },
  agentsBusy: { label: "Agents busy", unit: "count" },
  agentsNotReady: { label: "Agents not ready", unit: "count" },
  dialed: { label: "Dialed", unit: "count" },
  answered: { label: "Answered", unit: "count" },
  abandoned: { label: "Abandoned", unit: "count" },
  busyFactor: { label: "Busy factor", unit: "fraction" },
  hitRatio: { label: "Hit ratio", unit: "fraction" },
  overdialRate: { label: "Overdial rate", unit: "fraction" },
  callbacksScheduled: { label: "Callbacks scheduled", unit: "count" },
  callbacksMissed: { label: "Callbacks missed", unit: "count" },
  recordsReady: { label: "Records ready", unit: "count" },
  recordsProcessed: { label: "Records processed", unit: "count" },
  consumptionRate: { label: "Records per hour", unit: "perHour" },
  timeToComplete: { label: "Time to complete", unit: "seconds" },
} as const satisfies Record<string, { label: string; unit: FigureUnit }>;
export type FigureName = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

export type FigureValues = Partial<Record<FigureName, number | string>>;

function put(values: Record<string, number | string>, name: FigureName, value: unknown): void {
  if (typeof value === "number" || typeof value === "string") values[name] = value;
}

/**
 * A node's figures as one flat record (absent figures left out). `now` gives an agent's time
 * in its current state.
 */
export function figureValues(figures: NodeFigures, now: number): FigureValues {
  const values: Record<string, number | string> = {};
  if (figures.kind === "agent" || figures.kind === "place") {
    put(values, "state", figures.state);
    if (figures.since !== null)
      put(values, "timeInState", Math.max(0, (now - figures.since) / 1000));
    return values;
  }
  if (figures.kind === "campaignGroup" || figures.kind === "campaign") {
    put(values, "status", figures.status);
  }
  if (figures.kind === "campaignGroup") {
    put(values, "waiting", figures.waiting);
    put(values, "dialMode", figures.dialMode);
  }
  if ("groups" in figures) {
    put(values, "groupsRunning", figures.groups.running);
    put(values, "groupsWaiting", figures.groups.waiting);
  }
  if ("agents" in figures && figures.agents) {
    put(values, "agentsLoggedIn", figures.agents.loggedIn);
    put(values, "agentsReady", figures.agents.ready);
    put(values, "agentsBusy", figures.agents.busy);
    put(values, "agentsNotReady", figures.agents.notReady);
  }
  if ("calls" in figures && figures.calls) {
    put(values, "dialed", figures.calls.dialed);
    put(values, "answered", figures.calls.answered);
    put(values, "abandoned", figures.calls.abandoned);
  }
  if ("rates" in figures) {
    put(values, "busyFactor", figures.rates.busyFactor);
    put(values, "hitRatio", figures.rates.hitRatio);
    put(values, "overdialRate", figures.rates.overdialRate);
  }
  if ("hitRatio" in figures) put(values, "hitRatio", figures.hitRatio);
  if ("callbacks" in figures && figures.callbacks) {
    put(values, "callbacksScheduled", figures.callbacks.scheduled);
    put(values, "callbacksMissed", figures.callbacks.missed);
  }
  if ("records" in figures && figures.records) {
    put(values, "recordsReady", figures.records.ready);
    put(values, "recordsProcessed", figures.records.processed);
    put(values, "consumptionRate", figures.records.consumptionRate);
  }
  if ("timeToComplete" in figures) put(values, "timeToComplete", figures.timeToComplete);
  return values;
}
