import { asNodeId, type NodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import type { NodeKind } from "../hierarchy/NodeKind";
import { callRates } from "./callRates";
import { campaignStatus } from "./campaignStatus";
import { countAgentStates } from "./countAgentStates";
import { expectedInterval, isStale, staleAfter } from "./expectedInterval";
import type { GroupStatus } from "./GroupStatus";
import type {
  AgentCounts,
  CallbackCounts,
  CallCounts,
  CallRates,
  GroupStatusCounts,
  NodeFigures,
  RecordCounts,
} from "./NodeFigures";
import {
  ownAgentCounts,
  ownCallbackCounts,
  ownCallCounts,
  ownDialMode,
  ownRecordCounts,
  ownState,
  ownStatus,
  ownWaiting,
  reportedNumber,
  reportedRates,
} from "./readOwnFigures";
import { addTallies, NO_SOURCES, objectSources, type SourceTally } from "./SourceTally";
import { STATISTIC } from "./Statistic";
import { statObjectTypeOf, type StatObjectType } from "./StatObjectType";
import type { StatSource } from "./StatSource";
import type { ObjectStats, StatEntry, StatValues } from "./StatValues";
import { sumCounts } from "./sumCounts";
import { timeToComplete } from "./timeToComplete";

/** A node's figures, when they last changed (own or beneath), and whether any is stale. */
export interface NodeStats {
  readonly figures: NodeFigures;
  readonly lastChanged: number | null;
  readonly stale: boolean;
  /**
   * While stale: since when the oldest stale figure (own or beneath) has been due, that is
   * when it arrived, or when it began to be expected (a group loaded again). A node that
   * changed just now can be stale because another of its figures is old: this says which age.
   */
  readonly staleSince?: number;
  /** How many objects here and beneath have values from each source. */
  readonly sources?: SourceTally;
  /**
   * Whether figures of its own or beneath it are missing because their source is unavailable
   * (they are left out of the figures, not counted as zero or shown old).
   */
  readonly unavailable?: boolean;
}

export interface RollUpOptions {
  /** The clock staleness is judged against (ms since the epoch). */
  readonly now: number;
  /** How often periodic figures are expected (OCS's campaigngroup-states-interval). */
  readonly periodicIntervalMs: number;
  /** Sources that are down: their values are left out until they are back. */
  readonly unavailable?: ReadonlySet<StatSource>;
}

/** Whether Stat Server refused this object: it has no figures, and its parents count none. */
export function isRefused(own: ObjectStats | undefined): boolean {
  return own?.get(STATISTIC.verdict)?.value === "refused";
}

/** `own` without the values of unavailable sources, and whether any was left out. */
function available(
  own: ObjectStats | undefined,
  unavailable: ReadonlySet<StatSource> | undefined,
): { own: ObjectStats | undefined; left: boolean } {
  if (!own || !unavailable || unavailable.size === 0) return { own, left: false };
  let kept: Map<string, StatEntry> | null = null;
  for (const [statistic, entry] of own) {
    if (entry.source === undefined || !unavailable.has(entry.source)) continue;
    kept ??= new Map(own);
    kept.delete(statistic);
  }
  return kept === null ? { own, left: false } : { own: kept, left: true };
}

const NO_GROUPS: GroupStatusCounts = { running: 0, activated: 0, deactivated: 0, waiting: 0 };

function rates(calls: CallCounts | null, reported: CallRates): CallRates {
  if (calls === null) return reported;
  const computed = callRates(calls);
  return {
    busyFactor: computed.busyFactor ?? reported.busyFactor,
    hitRatio: computed.hitRatio ?? reported.hitRatio,
    overdialRate: computed.overdialRate ?? reported.overdialRate,
  };
}

function addGroupStatus(counts: GroupStatusCounts, figures: NodeFigures): GroupStatusCounts {
  if (figures.kind === "campaignGroup") {
    if (figures.status === null) return counts;
    const waiting =
      figures.status === "Running" && figures.waiting !== null && figures.waiting !== "None";
    return {
      running: counts.running + (figures.status === "Running" ? 1 : 0),
      activated: counts.activated + (figures.status === "Activated" ? 1 : 0),
      deactivated: counts.deactivated + (figures.status === "Deactivated" ? 1 : 0),
      waiting: counts.waiting + (waiting ? 1 : 0),
    };
  }
  if ("groups" in figures) {
    return {
      running: counts.running + figures.groups.running,
      activated: counts.activated + figures.groups.activated,
      deactivated: counts.deactivated + figures.groups.deactivated,
      waiting: counts.waiting + figures.groups.waiting,
    };
  }
  return counts;
}

function agentsOf(figures: NodeFigures): AgentCounts | null {
  return "agents" in figures ? figures.agents : null;
}
function callsOf(figures: NodeFigures): CallCounts | null {
  return "calls" in figures ? figures.calls : null;
}
function callbacksOf(figures: NodeFigures): CallbackCounts | null {
  return "callbacks" in figures ? figures.callbacks : null;
}
function recordsOf(figures: NodeFigures): RecordCounts | null {
  return "records" in figures ? figures.records : null;
}

function computeFigures(
  kind: NodeKind,
  own: ObjectStats | undefined,
  children: readonly NodeFigures[],
): NodeFigures {
  switch (kind) {
    case "agent":
    case "place": {
      const state = ownState(own);
      return { kind, state: state?.state ?? null, since: state?.since ?? null };
    }
    case "groupAgents":
    case "groupPlaces":
      return {
        kind,
        agents:
          ownAgentCounts(own) ??
          countAgentStates(children.map((c) => ("state" in c ? c.state : null))),
      };
    case "campaignGroup": {
      const status = ownStatus(own);
      const calls = ownCallCounts(own);
      return {
        kind: "campaignGroup",
        status,
        // Stat Server's waiting sub-states only exist while the group runs.
        waiting: status === "Running" ? (ownWaiting(own) ?? "None") : null,
        dialMode: status === "Running" ? ownDialMode(own) : status === null ? null : "NoDial",
        agents: ownAgentCounts(own) ?? sumCounts(children.map(agentsOf)),
        calls,
        callbacks: ownCallbackCounts(own),
        rates: rates(calls, reportedRates(own)),
        timeToComplete: reportedNumber(own, STATISTIC.timeToComplete),
      };
    }
    case "campaignCallingList":
    case "callingList": {
      const records = ownRecordCounts(own) ?? sumCounts(children.map(recordsOf));
      return {
        kind,
        records,
        hitRatio: reportedNumber(own, STATISTIC.hitRatio),
        timeToComplete: reportedNumber(own, STATISTIC.timeToComplete) ?? timeToComplete(records),
      };
    }
    case "campaign": {
      const groups = children.reduce(addGroupStatus, NO_GROUPS);
      const calls = ownCallCounts(own) ?? sumCounts(children.map(callsOf));
      const records = ownRecordCounts(own) ?? sumCounts(children.map(recordsOf));
      const groupStatuses = children.flatMap((c) => (c.kind === "campaignGroup" ? [c.status] : []));
      return {
        kind: "campaign",
        status: campaignStatus(groupStatuses) ?? ownStatus(own),
        groups,
        agents: ownAgentCounts(own) ?? sumCounts(children.map(agentsOf)),
        calls,
        callbacks: ownCallbackCounts(own) ?? sumCounts(children.map(callbacksOf)),
        rates: rates(calls, reportedRates(own)),
        records,
        timeToComplete: reportedNumber(own, STATISTIC.timeToComplete) ?? timeToComplete(records),
      };
    }
    case "root":
    case "tenant":
    case "unassigned": {
      const calls = sumCounts(children.map(callsOf));
      return {
        kind,
        groups: children.reduce(addGroupStatus, NO_GROUPS),
        agents: sumCounts(children.map(agentsOf)),
        calls,
        rates: rates(calls, { busyFactor: null, hitRatio: null, overdialRate: null }),
        records: sumCounts(children.map(recordsOf)),
      };
    }
  }
}

function statusOf(figures: NodeFigures): GroupStatus | null {
  return figures.kind === "campaignGroup" || figures.kind === "campaign" ? figures.status : null;
}

/**
 * One node's stats, from its kind, its own reported values and its children's stats. `own` is
 * the object's statistics (undefined when it has none or no Stat Server id).
 */
export function nodeStats(
  kind: NodeKind,
  reported: ObjectStats | undefined,
  childStats: readonly NodeStats[],
  options: RollUpOptions,
): NodeStats {
  let lastChanged: number | null = null;
  if (reported) {
    for (const entry of reported.values()) {
      lastChanged = Math.max(lastChanged ?? 0, entry.receivedAt);
    }
  }
  // A refused object has no figures of its own, and what is beneath it (a refused group's
  // agents, whom Stat Server knows) is not its: nothing to draw, nothing for parents to count.
  if (isRefused(reported)) {
    return { figures: computeFigures(kind, undefined, []), lastChanged, stale: false };
  }
  const { own, left } = available(reported, options.unavailable);
  const figures = computeFigures(
    kind,
    own,
    childStats.map((c) => c.figures),
  );
  let staleSince = ownStaleSince(kind, own, figures, options);
  let unavailable = left;
  let sources = objectSources(own);
  let tallies: SourceTally[] | null = null;
  for (const child of childStats) {
    if (child.lastChanged !== null) lastChanged = Math.max(lastChanged ?? 0, child.lastChanged);
    if (child.stale && child.staleSince !== undefined) {
      staleSince = Math.min(staleSince ?? Infinity, child.staleSince);
    }
    unavailable ||= child.unavailable === true;
    if (child.sources) (tallies ??= []).push(child.sources);
  }
  if (tallies) sources = addTallies(sources, tallies);
  return {
    figures,
    lastChanged,
    stale: staleSince !== null,
    staleSince: staleSince ?? undefined,
    unavailable: unavailable || undefined,
    sources: sources === NO_SOURCES ? undefined : sources,
  };
}

/**
 * Calls `visit` with when each of the object's own periodic figures is due and how often it is
 * expected. A figure is due from when it arrived, but never from before its group was loaded:
 * a group that has just been activated again after a long stop keeps the counts it last sent,
 * and they are expected again only from the status change on (OCS reports on loading, then
 * every interval), not judged stale the moment the status arrives.
 */
function forEachDue(
  kind: NodeKind,
  own: ObjectStats | undefined,
  figures: NodeFigures,
  options: RollUpOptions,
  visit: (due: number, interval: number) => void,
): void {
  const objectType = statObjectTypeOf(kind);
  if (!own || !objectType || isRefused(own)) return;
  const status = statusOf(figures);
  const expectedFrom = status === null ? 0 : (own.get(STATISTIC.status)?.receivedAt ?? 0);
  for (const [statistic, entry] of own) {
    // An unavailable source's figures are shown unavailable, not stale. The Statistics API
    // notifies a value when it changes, not periodically: while its source is connected, an
    // unchanged value is current, however old.
    if (entry.source === "statServer") continue;
    const interval = expectedInterval(objectType, statistic, status, options.periodicIntervalMs);
    if (interval === null) continue;
    visit(Math.max(entry.receivedAt, expectedFrom), interval);
  }
}

/** Since when the oldest of the object's own stale periodic figures has been due, or null. */
export function ownStaleSince(
  kind: NodeKind,
  own: ObjectStats | undefined,
  figures: NodeFigures,
  options: RollUpOptions,
): number | null {
  let since: number | null = null;
  forEachDue(kind, own, figures, options, (due, interval) => {
    if (isStale(options.now - due, interval)) since = Math.min(since ?? Infinity, due);
  });
  return since;
}

/**
 * When the object's own staleness next changes on the clock alone: the earliest moment after
 * which one of its periodic figures that is not stale yet will be (it changes again only when
 * a value arrives). Null when none will: no periodic figure, or every one already stale.
 */
export function ownStaleChangeAt(
  kind: NodeKind,
  own: ObjectStats | undefined,
  figures: NodeFigures,
  options: RollUpOptions,
): number | null {
  let at: number | null = null;
  forEachDue(kind, own, figures, options, (due, interval) => {
    if (!isStale(options.now - due, interval))
      at = Math.min(at ?? Infinity, staleAfter(due, interval));
  });
  return at;
}

/** The stats of a node's children, read from `stats` (computed already: children follow parents). */
function childStatsOf(
  hierarchy: Hierarchy,
  node: NodeId,
  stats: readonly (NodeStats | undefined)[],
): NodeStats[] {
  const { end, childCount } = hierarchy.columns;
  const children = new Array<NodeStats>(childCount[node]!);
  for (let c = node + 1, i = 0; c < end[node]!; c = end[c]!, i += 1) children[i] = stats[c]!;
  return children;
}

/**
 * Figures for every node, by NodeId. Counts are summed up the tree and rates recomputed from
 * the sums; a value an object reports for itself wins over the sum of its children (a feeder
 * that knows a campaign's figures is more right than a partial tree). A shared object (one
 * calling list under several campaigns) is computed once per appearance. The nodes are in
 * pre-order, so a pass from the last to the first meets every child before its parent.
 */
export function rollUp(
  hierarchy: Hierarchy,
  values: StatValues,
  options: RollUpOptions,
): NodeStats[] {
  const result = new Array<NodeStats>(hierarchy.size);
  for (let n = hierarchy.size - 1; n >= 0; n -= 1) {
    const node = asNodeId(n);
    const kind = hierarchy.kind(node);
    const objectType: StatObjectType | null = statObjectTypeOf(kind);
    const statId = objectType === null ? null : hierarchy.statId(node);
    const own = objectType && statId !== null ? values.object(objectType, statId) : undefined;
    result[n] = nodeStats(kind, own, childStatsOf(hierarchy, node, result), options);
  }
  return result;
}
