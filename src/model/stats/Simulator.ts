import type { Hierarchy } from "../hierarchy/Hierarchy";
import type { AgentState, GroupStatus, GroupWaiting, StatDialMode } from "./GroupStatus";
import { nextAgentState } from "./nextAgentState";
import { createRandom, type Random } from "../random/createRandom";
import { simulationPlan, type SimulationPlan } from "./simulationPlan";
import { STATISTIC } from "./Statistic";
import type { StatObjectType } from "./StatObjectType";
import type { StatUpdate, StatValue } from "./StatUpdate";

interface SimulatorOptions {
  readonly seed: number;
  /**
   * The simulated clock's start (ms since the epoch). The warm-up moves the clock on by
   * `WARM_UP_MS`: a caller on the wall clock starts it that much in the past, so that no
   * figure is stamped later than the moment it is published.
   */
  readonly startTime: number;
  /** How often loaded groups and lists report their figures, as OCS does periodically. */
  readonly reportIntervalMs?: number;
  /** The simulation's step (default `STEP_MS`); probabilities are per second and scaled to it. */
  readonly stepMs?: number;
  /**
   * Steps run before the first snapshot, so that counts and rates start plausible; default
   * `WARM_UP_STEPS`. A caller that must not block (the page, where a large configuration's
   * warm-up would freeze it) passes 0 and runs them in slices with `warmUp`.
   */
  readonly warmUpSteps?: number;
}

interface GroupState {
  status: GroupStatus;
  waiting: GroupWaiting;
  dialMode: StatDialMode;
  preferredMode: StatDialMode;
  hitRatio: number;
  abandonRate: number;
  waitingLeft: number;
  dialed: number;
  answered: number;
  abandoned: number;
  busyTime: number;
  loggedInTime: number;
  callbacksPending: number;
  callbacksScheduled: number;
  callbacksCompleted: number;
  callbacksMissed: number;
}

interface ListState {
  ready: number;
  processed: number;
  perHour: number;
  consumedThisStep: number;
}

// The consumption rate is a moving average with a one-minute time constant: steady enough to
// divide records ready by, quick enough to follow a group starting or stopping.
const RATE_TIME_CONSTANT_S = 60;

// Calls placed per second per ready agent: a predictive dialer overdials, preview does not.
const PACE: Partial<Record<StatDialMode, number>> = {
  Predict: 0.6,
  PredictAndSeize: 0.6,
  Power: 0.45,
  Progress: 0.3,
  Preview: 0.08,
};
const MODES: readonly StatDialMode[] = ["Predict", "Progress", "Power", "Preview"];
// Only the predictive and power modes dial ahead of free agents, so only they abandon calls.
const OVERDIALS: ReadonlySet<StatDialMode> = new Set(["Predict", "PredictAndSeize", "Power"]);

/**
 * A seeded, deterministic simulation of a loaded configuration: groups loaded, started,
 * stopped and switching dial modes, agents moving through states, records consumed,
 * callbacks, and the odd waiting-for-agents episode. It only emits the leaves of the
 * roll-up (group counts, agent states, per-campaign list counts, list totals), so every parent
 * figure the viewer shows is the sum of its children by construction. No timers: the caller
 * drives the clock with `tick`, so a test gets the same numbers every run.
 */
/** The warm-up a simulator runs by default: a minute of simulated time, at 500 ms steps. */
export const WARM_UP_STEPS = 120;
/** The simulation's default step (ms). */
const STEP_MS = 500;
/** How far the default warm-up moves the clock at the default step (ms). */
export const WARM_UP_MS = WARM_UP_STEPS * STEP_MS;

/** What the simulated Stat Server says when it refuses an object, as Stat Server words it. */
export const SIMULATED_REFUSAL = "Object not found";

export class Simulator {
  readonly #plan: SimulationPlan;
  readonly #random: Random;
  readonly #stepMs: number;
  readonly #reportIntervalMs: number;
  readonly #groups: GroupState[];
  readonly #members: { state: AgentState; since: number; groups: number[] }[];
  readonly #lists: ListState[];
  readonly #listsByCampaign = new Map<string, number[]>();
  #now: number;
  #pendingMs = 0;
  #sinceReport = 0;

  constructor(hierarchy: Hierarchy, options: SimulatorOptions) {
    this.#plan = simulationPlan(hierarchy);
    this.#random = createRandom(options.seed);
    this.#stepMs = options.stepMs ?? STEP_MS;
    this.#reportIntervalMs = options.reportIntervalMs ?? 2000;
    this.#now = options.startTime;
    const random = this.#random;

    this.#groups = this.#plan.groups.map(() => {
      const roll = random.next();
      const status: GroupStatus =
        roll < 0.55 ? "Running" : roll < 0.8 ? "Activated" : "Deactivated";
      const preferredMode = random.pick(MODES);
      return {
        status,
        waiting: "None",
        dialMode: status === "Running" ? preferredMode : "NoDial",
        preferredMode,
        hitRatio: 0.2 + random.next() * 0.25,
        // Mostly under the 3% limit, with a few groups over it for the thresholds to catch.
        abandonRate: random.chance(0.2) ? 0.03 + random.next() * 0.03 : random.next() * 0.025,
        waitingLeft: 0,
        dialed: 0,
        answered: 0,
        abandoned: 0,
        busyTime: 0,
        loggedInTime: 0,
        callbacksPending: 0,
        callbacksScheduled: 0,
        callbacksCompleted: 0,
        callbacksMissed: 0,
      };
    });
    this.#members = this.#plan.members.map(() => ({
      state: "LoggedOut" as AgentState,
      since: options.startTime,
      groups: [],
    }));
    this.#plan.groups.forEach((group, g) => {
      for (const m of group.members) this.#members[m]!.groups.push(g);
    });
    for (const member of this.#members) {
      if (this.#memberActive(member.groups))
        member.state = random.chance(0.8) ? "Ready" : "NotReady";
    }
    this.#lists = this.#plan.campaignLists.map((list, index) => {
      const indexes = this.#listsByCampaign.get(list.campaignId) ?? [];
      indexes.push(index);
      this.#listsByCampaign.set(list.campaignId, indexes);
      return { ready: random.between(300, 6000), processed: 0, perHour: 0, consumedThisStep: 0 };
    });
    this.warmUp(options.warmUpSteps ?? WARM_UP_STEPS);
  }

  /** Runs `steps` warm-up steps: the simulation moves on, reporting nothing. */
  warmUp(steps: number): void {
    for (let i = 0; i < steps; i += 1) this.#step([]);
  }

  get now(): number {
    return this.#now;
  }

  /** Advances the clock by `ms`; returns the updates that happened meanwhile, in order. */
  tick(ms: number): StatUpdate[] {
    const out: StatUpdate[] = [];
    this.#pendingMs += ms;
    while (this.#pendingMs >= this.#stepMs) {
      this.#pendingMs -= this.#stepMs;
      this.#step(out);
      this.#sinceReport += this.#stepMs;
      if (this.#sinceReport >= this.#reportIntervalMs) {
        this.#sinceReport = 0;
        this.#report(out, false);
      }
    }
    return out;
  }

  /**
   * Advances the clock by whole steps up to `time` (never past it); returns the updates that
   * happened meanwhile. A caller on the wall clock passes the time now, so the simulated clock
   * never runs ahead of it however long a warm-up or a busy page delayed the ticks.
   */
  advanceTo(time: number): StatUpdate[] {
    return time > this.#now ? this.tick(time - this.#now - this.#pendingMs) : [];
  }

  /**
   * Every current value, as updates stamped with the simulated clock: first Stat Server's
   * verdict on every id it is asked about (a refused id with its reason, and no figures).
   */
  snapshot(): StatUpdate[] {
    const out: StatUpdate[] = [];
    for (const { type, id, known } of this.#plan.verdicts) {
      this.#emit(out, type, id, STATISTIC.verdict, known ? "known" : "refused");
      if (!known) this.#emit(out, type, id, STATISTIC.refusal, SIMULATED_REFUSAL);
    }
    this.#report(out, true);
    return out;
  }

  #memberActive(groups: readonly number[]): boolean {
    return groups.some((g) => this.#groups[g]!.status !== "Deactivated");
  }

  #emit(
    out: StatUpdate[],
    objectType: StatObjectType,
    objectId: string,
    statistic: string,
    value: StatValue,
  ): void {
    out.push({ objectType, objectId, statistic, value, timestamp: this.#now, source: "simulated" });
  }

  #step(out: StatUpdate[]): void {
    this.#now += this.#stepMs;
    const dt = this.#stepMs / 1000;
    const random = this.#random;
    this.#plan.groups.forEach((plan, g) =>
      // A refused group runs all the same; what it reports goes nowhere.
      this.#stepGroup(
        plan.known ? out : [],
        plan.id,
        plan.campaignId,
        plan.members,
        this.#groups[g]!,
        dt,
      ),
    );

    const weight = 1 - Math.exp(-dt / RATE_TIME_CONSTANT_S);
    for (const list of this.#lists) {
      list.perHour += ((list.consumedThisStep / dt) * 3600 - list.perHour) * weight;
      list.consumedThisStep = 0;
    }

    this.#plan.members.forEach((plan, m) => {
      const member = this.#members[m]!;
      const groups = member.groups.map((g) => this.#groups[g]!);
      const active = groups.some((group) => group.status !== "Deactivated");
      const dialing = groups.some(
        (group) => group.status === "Running" && group.waiting === "None",
      );
      const next = nextAgentState(member.state, active, dialing, dt, random);
      if (next === member.state) return;
      member.state = next;
      member.since = this.#now;
      this.#emit(out, plan.type, plan.id, STATISTIC.state, next);
    });
  }

  #stepGroup(
    out: StatUpdate[],
    id: string,
    campaignId: string,
    members: readonly number[],
    group: GroupState,
    dt: number,
  ): void {
    const random = this.#random;
    const was = { status: group.status, waiting: group.waiting, dialMode: group.dialMode };
    if (group.status === "Deactivated") {
      if (random.chance(0.01 * dt)) {
        group.status = "Activated";
        Object.assign(group, {
          dialed: 0,
          answered: 0,
          abandoned: 0,
          busyTime: 0,
          loggedInTime: 0,
        });
      }
    } else if (group.status === "Activated") {
      if (random.chance(0.03 * dt)) {
        group.status = "Running";
        group.dialMode = group.preferredMode;
      } else if (random.chance(0.002 * dt)) group.status = "Deactivated";
    } else if (random.chance(0.002 * dt)) {
      group.status = "Activated";
      group.waiting = "None";
      group.dialMode = "NoDial";
    } else {
      if (random.chance(0.003 * dt)) group.dialMode = group.preferredMode = random.pick(MODES);
      this.#stepWaiting(group, campaignId, members, dt);
      if (group.waiting === "None") this.#dial(group, campaignId, members, dt);
    }

    for (const m of members) {
      const state = this.#members[m]!.state;
      if (state !== "LoggedOut") group.loggedInTime += dt;
      if (state === "Busy" || state === "AfterCallWork") group.busyTime += dt;
    }
    if (group.callbacksPending > 0 && random.chance(0.05 * dt)) {
      group.callbacksPending -= 1;
      if (random.chance(0.85)) group.callbacksCompleted += 1;
      else group.callbacksMissed += 1;
    }

    if (group.status !== was.status)
      this.#emit(out, "CampaignGroup", id, STATISTIC.status, group.status);
    if (group.dialMode !== was.dialMode)
      this.#emit(out, "CampaignGroup", id, STATISTIC.dialMode, group.dialMode);
    if (group.waiting !== was.waiting)
      this.#emit(out, "CampaignGroup", id, STATISTIC.waiting, group.waiting);
  }

  #stepWaiting(
    group: GroupState,
    campaignId: string,
    members: readonly number[],
    dt: number,
  ): void {
    const random = this.#random;
    const recordsLeft = (this.#listsByCampaign.get(campaignId) ?? []).some(
      (l) => this.#lists[l]!.ready > 0,
    );
    if (!recordsLeft) {
      group.waiting = "WaitingRecords";
      return;
    }
    if (group.waiting === "WaitingRecords") group.waiting = "None";
    if (group.waiting !== "None") {
      group.waitingLeft -= dt;
      if (group.waitingLeft <= 0) group.waiting = "None";
      return;
    }
    const loggedIn = members.some((m) => this.#members[m]!.state !== "LoggedOut");
    if (!loggedIn || random.chance(0.004 * dt)) {
      group.waiting = "WaitingAgents";
      group.waitingLeft = loggedIn ? 5 + random.next() * 20 : 3;
    } else if (random.chance(0.0008 * dt)) {
      group.waiting = "WaitingPorts";
      group.waitingLeft = 5 + random.next() * 10;
    } else if (random.chance(0.0003 * dt)) {
      group.waiting = "SystemError";
      group.waitingLeft = 10 + random.next() * 20;
    }
  }

  #dial(group: GroupState, campaignId: string, members: readonly number[], dt: number): void {
    const random = this.#random;
    let ready = 0;
    for (const m of members) if (this.#members[m]!.state === "Ready") ready += 1;
    const expected = ready * (PACE[group.dialMode] ?? 0.2) * dt;
    const dialed = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
    if (dialed === 0) return;
    const answered = random.binomial(dialed, group.hitRatio);
    const abandoned = OVERDIALS.has(group.dialMode)
      ? random.binomial(answered, group.abandonRate)
      : 0;
    group.dialed += dialed;
    group.answered += answered;
    group.abandoned += abandoned;
    if (answered > 0 && random.chance(0.1)) {
      group.callbacksScheduled += 1;
      group.callbacksPending += 1;
    }
    const lists = (this.#listsByCampaign.get(campaignId) ?? []).filter(
      (l) => this.#lists[l]!.ready > 0,
    );
    if (lists.length === 0) return;
    const list = this.#lists[random.pick(lists)]!;
    const consumed = Math.min(list.ready, dialed);
    list.ready -= consumed;
    list.processed += consumed;
    list.consumedThisStep += consumed;
  }

  #report(out: StatUpdate[], everything: boolean): void {
    this.#plan.groups.forEach((plan, g) => {
      if (!plan.known) return;
      const group = this.#groups[g]!;
      if (everything) {
        this.#emit(out, "CampaignGroup", plan.id, STATISTIC.status, group.status);
        this.#emit(out, "CampaignGroup", plan.id, STATISTIC.dialMode, group.dialMode);
        this.#emit(out, "CampaignGroup", plan.id, STATISTIC.waiting, group.waiting);
      }
      if (group.status === "Deactivated" && !everything) return;
      this.#emit(out, "CampaignGroup", plan.id, STATISTIC.dialed, group.dialed);
      this.#emit(out, "CampaignGroup", plan.id, STATISTIC.answered, group.answered);
      this.#emit(out, "CampaignGroup", plan.id, STATISTIC.abandoned, group.abandoned);
      this.#emit(out, "CampaignGroup", plan.id, STATISTIC.busyTime, Math.round(group.busyTime));
      this.#emit(
        out,
        "CampaignGroup",
        plan.id,
        STATISTIC.loggedInTime,
        Math.round(group.loggedInTime),
      );
      this.#emit(
        out,
        "CampaignGroup",
        plan.id,
        STATISTIC.callbacksScheduled,
        group.callbacksScheduled,
      );
      this.#emit(
        out,
        "CampaignGroup",
        plan.id,
        STATISTIC.callbacksCompleted,
        group.callbacksCompleted,
      );
      this.#emit(out, "CampaignGroup", plan.id, STATISTIC.callbacksMissed, group.callbacksMissed);
    });
    if (everything) {
      this.#plan.members.forEach((plan, m) => {
        const member = this.#members[m]!;
        out.push({
          objectType: plan.type,
          objectId: plan.id,
          statistic: STATISTIC.state,
          value: member.state,
          timestamp: member.since,
          source: "simulated",
        });
      });
    }
    const totals = new Map<string, ListState>();
    this.#plan.campaignLists.forEach((plan, l) => {
      const list = this.#lists[l]!;
      this.#emit(out, "CampaignCallingList", plan.id, STATISTIC.recordsReady, list.ready);
      this.#emit(out, "CampaignCallingList", plan.id, STATISTIC.recordsProcessed, list.processed);
      this.#emit(
        out,
        "CampaignCallingList",
        plan.id,
        STATISTIC.consumptionRate,
        Math.round(list.perHour),
      );
      const total = totals.get(plan.listId) ?? {
        ready: 0,
        processed: 0,
        perHour: 0,
        consumedThisStep: 0,
      };
      total.ready += list.ready;
      total.processed += list.processed;
      total.perHour += Math.round(list.perHour);
      totals.set(plan.listId, total);
    });
    for (const listId of this.#plan.listIds) {
      const total = totals.get(listId)!;
      this.#emit(out, "CallingList", listId, STATISTIC.recordsReady, total.ready);
      this.#emit(out, "CallingList", listId, STATISTIC.recordsProcessed, total.processed);
      this.#emit(out, "CallingList", listId, STATISTIC.consumptionRate, total.perHour);
    }
  }
}
