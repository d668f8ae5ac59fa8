import { describe, expect, it } from "vitest";
import type { NodeStats } from "../../../../src/model/stats/rollUp";
import type { StatUpdate } from "../../../../src/model/stats/StatUpdate";
import { DEFAULT_THRESHOLDS, type Threshold } from "../../../../src/model/stats/Threshold";
import {
  AlarmTracker,
  type AlarmTrackerOptions,
} from "../../../../src/ui/stats/alarms/AlarmTracker";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";
import { buildSpec, node, sampleHierarchy, sampleNode } from "../../../model/stats/sampleHierarchy";

const TEAM_A = sampleNode("campaignGroup:Sales@Team A");
const TEAM_B = sampleNode("campaignGroup:Sales@Team B");

/** A real store over the sample hierarchy, committed by hand, and a tracker run by hand. */
function setUp(options: Partial<AlarmTrackerOptions> = {}, thresholds = DEFAULT_THRESHOLDS) {
  let now = 100_000;
  const store = new StatsStore({ thresholds, scheduleFrame: () => {}, now: () => now });
  store.setSource("simulated", 10_000);
  store.setHierarchy(sampleHierarchy());
  const queue: (() => void)[] = [];
  const tracker = new AlarmTracker(store, {
    schedule: (run) => queue.push(run),
    clock: () => 0,
    minGapMs: 0,
    ...options,
  });
  const run = () => {
    for (let ran = 0; queue.length > 0 && ran < 10_000; ran += 1) queue.shift()!();
  };
  /** Updates arrive at `at`, the store commits, the tracker checks. */
  const frame = (at: number, updates: readonly Omit<StatUpdate, "timestamp">[] = []) => {
    now = at;
    store.ingest(
      updates.map((update) => ({ timestamp: at, ...update })),
      at,
    );
    store.tick();
    store.commit();
    run();
  };
  return { store, tracker, frame, queue, run };
}

const group = (objectId: string, statistic: string, value: string | number) => ({
  objectType: "CampaignGroup" as const,
  objectId,
  statistic,
  value,
});
/** 9 abandoned for 200 answered: an overdial rate of 4.5%, over the 3% alarm. */
const overdialing = (objectId: string) => [
  group(objectId, "Answered", 200),
  group(objectId, "Abandoned", 9),
  group(objectId, "Dialed", 800),
];
const withinLimit = (objectId: string) => [
  group(objectId, "Answered", 400),
  group(objectId, "Abandoned", 1),
  group(objectId, "Dialed", 900),
];

describe("AlarmTracker", () => {
  it("reports a campaign group over its overdial limit with the time it went over, and keeps that time while it stays over", () => {
    const { tracker, frame } = setUp();
    frame(100_000, withinLimit("Sales@Team A"));
    expect(tracker.getAlarms().alarms.has(TEAM_A)).toBe(false);

    frame(101_000, overdialing("Sales@Team A"));
    const alarm = tracker.getAlarms().alarms.get(TEAM_A);
    expect(alarm).toMatchObject({ node: TEAM_A, level: "alarm", figure: "overdialRate" });
    expect(alarm!.since).toBe(101_000);
    expect(alarm!.value).toBeCloseTo(0.045, 5);

    frame(105_000, [group("Sales@Team A", "Abandoned", 12)]);
    const later = tracker.getAlarms().alarms.get(TEAM_A)!;
    expect(later.since).toBe(101_000);
    expect(later.value).toBeCloseTo(0.06, 5);
  });

  it("is available only while statistics are on, and tells its listeners when that changes", () => {
    const { store, tracker } = setUp();
    let told = 0;
    tracker.subscribe(() => (told += 1));
    expect(tracker.isAvailable()).toBe(true);
    store.setSource("off", 10_000);
    store.commit();
    expect(tracker.isAvailable()).toBe(false);
    expect(told).toBe(1);
    store.setSource("simulated", 10_000);
    store.commit();
    expect(tracker.isAvailable()).toBe(true);
    expect(told).toBe(2);
  });

  it("rolls the group's alarm up to its campaign, tenant and configuration, each since the same moment", () => {
    const { tracker, frame } = setUp();
    frame(101_000, overdialing("Sales@Team A"));
    const ids = [...tracker.getAlarms().alarms.keys()].sort((a, b) => a - b);
    expect(ids).toEqual(
      ["root:-", "tenant:Environment", "campaign:Sales", "campaignGroup:Sales@Team A"].map(
        sampleNode,
      ),
    );
    expect(new Set([...tracker.getAlarms().alarms.values()].map((a) => a.since))).toEqual(
      new Set([101_000]),
    );
  });

  it("clears an alarm when the figure goes back within its threshold, and a return is a new alarm with a new start", () => {
    const { tracker, frame } = setUp();
    frame(101_000, overdialing("Sales@Team A"));
    frame(102_000, withinLimit("Sales@Team A"));
    expect(tracker.getAlarms().alarms.has(TEAM_A)).toBe(false);
    frame(103_000, overdialing("Sales@Team A"));
    expect(tracker.getAlarms().alarms.get(TEAM_A)!.since).toBe(103_000);
  });

  it("keeps the same map while nothing changed, even as other figures move", () => {
    const { tracker, frame } = setUp();
    frame(101_000, overdialing("Sales@Team A"));
    const held = tracker.getAlarms().alarms;
    let notified = 0;
    tracker.subscribe(() => (notified += 1));
    frame(102_000);
    frame(103_000, [group("Sales@Team B", "Status", "Running")]);
    frame(104_000, [group("Sales@Team A", "Status", "Running")]);
    expect(tracker.getAlarms().alarms).toBe(held);
    expect(notified).toBe(0);
  });

  it("starts an alarm anew when a warning becomes an alarm", () => {
    const thresholds: Threshold[] = [
      ...DEFAULT_THRESHOLDS.filter((t) => t.figure !== "overdialRate"),
      {
        id: "warn",
        kind: "campaignGroup",
        figure: "overdialRate",
        op: "above",
        value: 0.02,
        level: "warning",
        enabled: true,
      },
      {
        id: "alarm",
        kind: "campaignGroup",
        figure: "overdialRate",
        op: "above",
        value: 0.05,
        level: "alarm",
        enabled: true,
      },
    ];
    const { tracker, frame } = setUp({}, thresholds);
    frame(101_000, overdialing("Sales@Team A"));
    expect(tracker.getAlarms().alarms.get(TEAM_A)).toMatchObject({
      level: "warning",
      since: 101_000,
    });
    frame(102_000, [group("Sales@Team A", "Abandoned", 20)]);
    expect(tracker.getAlarms().alarms.get(TEAM_A)).toMatchObject({
      level: "alarm",
      since: 102_000,
    });
  });

  it("shows the figure over longest when a node is over on several at one level", () => {
    const { tracker, frame } = setUp();
    frame(101_000, [
      group("Sales@Team A", "Status", "Running"),
      group("Sales@Team A", "Waiting", "SystemError"),
    ]);
    frame(102_000, overdialing("Sales@Team A"));
    expect(tracker.getAlarms().alarms.get(TEAM_A)).toMatchObject({
      figure: "waiting",
      value: "SystemError",
      since: 101_000,
    });
  });

  it("drops every alarm when the thresholds no longer cover a kind, and when statistics go off", () => {
    const { store, tracker, frame } = setUp();
    frame(101_000, overdialing("Sales@Team A"));
    store.setThresholds(DEFAULT_THRESHOLDS.filter((t) => t.kind !== "campaignGroup"));
    frame(102_000);
    expect(tracker.getAlarms().alarms.has(TEAM_A)).toBe(false);
    expect(tracker.getAlarms().alarms.has(sampleNode("campaign:Sales"))).toBe(true);
    store.setSource("off", 10_000);
    frame(103_000);
    expect(tracker.getAlarms().alarms.size).toBe(0);
  });

  it("continues an alarm the user acknowledged when the page opens again and finds the node still over", () => {
    const asked: string[] = [];
    const { tracker, frame } = setUp({
      resume: (node, figure) => {
        asked.push(`${node} ${figure}`);
        return node === TEAM_A && figure === "overdialRate" ? 42_000 : null;
      },
    });
    frame(101_000, overdialing("Sales@Team A"));
    expect(tracker.getAlarms().alarms.get(TEAM_A)!.since).toBe(42_000);
    expect(tracker.getAlarms().alarms.get(sampleNode("campaign:Sales"))!.since).toBe(101_000);
    // Once every node has been seen, an alarm that starts is new: nothing is resumed.
    asked.length = 0;
    frame(102_000, overdialing("Sales@Team B"));
    expect(asked).toEqual([]);
    expect(tracker.getAlarms().alarms.get(TEAM_B)!.since).toBe(102_000);
  });

  it("drops the alarms at once when the store is given another hierarchy", () => {
    const { store, tracker, frame, queue } = setUp();
    frame(101_000, overdialing("Sales@Team A"));
    expect(tracker.getAlarms().alarms.has(TEAM_A)).toBe(true);
    // The alarms say which hierarchy their NodeIds are nodes of: the one judged.
    const judged = store.getView().hierarchy;
    expect(judged).not.toBeNull();
    expect(tracker.getAlarms().hierarchy).toBe(judged);
    let told = 0;
    tracker.subscribe(() => (told += 1));
    // Another hierarchy, where TEAM_A's NodeId is another node (or none).
    const { hierarchy } = buildSpec(node("root", null, [node("campaign", "Sales")]));
    store.setHierarchy(hierarchy);
    expect(tracker.getAlarms().alarms.size).toBe(0);
    expect(told).toBe(1);
    store.commit();
    expect(store.getView().hierarchy).toBe(hierarchy);
    expect(tracker.getAlarms().alarms.size).toBe(0);
    expect(told).toBe(1);
    expect(queue.length).toBeGreaterThan(0);
  });

  it("judges agents on their time in state as the clock moves, without new figures", () => {
    const thresholds: Threshold[] = [
      {
        id: "long-not-ready",
        kind: "agent",
        figure: "timeInState",
        op: "above",
        value: 300,
        level: "warning",
        enabled: true,
      },
    ];
    const { tracker, frame } = setUp({}, thresholds);
    const agent = { objectType: "Agent" as const, objectId: "ann", statistic: "State" };
    frame(100_000, [{ ...agent, value: "NotReady" }]);
    frame(200_000);
    expect(tracker.getAlarms().alarms.size).toBe(0);
    frame(401_000);
    expect(tracker.getAlarms().alarms.get(sampleNode("agent:A/ann"))).toMatchObject({
      figure: "timeInState",
      since: 401_000,
    });
  });
});

/** A store stand-in holding one table updated in place, as the real store's roll-up does. */
function fakeStore(thresholds: readonly Threshold[]) {
  const listeners = new Set<() => void>();
  const nodes: (NodeStats | undefined)[] = [];
  let now = 0;
  return {
    nodes,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => ({ now, nodes, hierarchy: null, thresholds }),
    commit(at: number) {
      now = at;
      for (const l of listeners) l();
    },
  };
}

/** A campaign group's stats whose `waiting` figure counts how often it is read. */
function countedGroup(waiting: string, reads: { count: number }): NodeStats {
  const figures = {
    kind: "campaignGroup",
    status: "Running",
    get waiting() {
      reads.count += 1;
      return waiting;
    },
    dialMode: null,
    agents: null,
    calls: null,
    callbacks: null,
    rates: {},
    timeToComplete: null,
  };
  return { figures, lastChanged: 0, stale: false } as unknown as NodeStats;
}

describe("AlarmTracker over a large hierarchy", () => {
  const waitingAgents = DEFAULT_THRESHOLDS.filter((t) => t.figure === "waiting");

  it("judges only the nodes whose figures changed since the last check", () => {
    const store = fakeStore(waitingAgents);
    const reads = { count: 0 };
    for (let i = 0; i < 10_000; i += 1) store.nodes[i] = countedGroup("None", reads);
    const queue: (() => void)[] = [];
    const tracker = new AlarmTracker(store, {
      schedule: (run) => queue.push(run),
      clock: () => 0,
      minGapMs: 0,
    });
    const run = () => {
      while (queue.length > 0) queue.shift()!();
    };
    store.commit(1000);
    run();
    expect(reads.count).toBe(10_000);
    const held = tracker.getAlarms().alarms;

    reads.count = 0;
    store.nodes[7] = countedGroup("WaitingAgents", reads);
    store.commit(2000);
    run();
    expect(reads.count).toBe(1);
    expect([...tracker.getAlarms().alarms.keys()]).toEqual([7]);
    expect(tracker.getAlarms().alarms).not.toBe(held);
  });

  it("does not visit the nodes of kinds no threshold is on once they are sorted by kind", () => {
    const store = fakeStore(waitingAgents);
    let looks = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const figures = { kind: "agent", state: "Ready", since: null };
      store.nodes[i] = {
        get figures() {
          looks += 1;
          return figures;
        },
      } as unknown as NodeStats;
    }
    const queue: (() => void)[] = [];
    new AlarmTracker(store, { schedule: (run) => queue.push(run), clock: () => 0, minGapMs: 0 });
    const run = () => {
      while (queue.length > 0) queue.shift()!();
    };
    store.commit(1000);
    run();
    expect(looks).toBe(10_000);
    store.commit(2000);
    run();
    expect(looks).toBe(10_000);
  });

  it("spreads a long check over several tasks and publishes it whole at the end", () => {
    const store = fakeStore(waitingAgents);
    const reads = { count: 0 };
    for (let i = 0; i < 10_000; i += 1) store.nodes[i] = countedGroup("WaitingAgents", reads);
    const queue: (() => void)[] = [];
    let clock = 0;
    const tracker = new AlarmTracker(store, {
      schedule: (run) => queue.push(run),
      // Each read of the clock is a millisecond later: a 4 ms slice judges a few hundred nodes.
      clock: () => (clock += 1),
      sliceMs: 4,
      minGapMs: 0,
    });
    store.commit(1000);
    let tasks = 0;
    while (queue.length > 0) {
      queue.shift()!();
      tasks += 1;
      if (queue.length > 0) expect(tracker.getAlarms().alarms.size).toBe(0);
    }
    expect(tasks).toBeGreaterThan(10);
    expect(tracker.getAlarms().alarms.size).toBe(10_000);
  });

  it("waits between checks at least the gap it was given", () => {
    const store = fakeStore(waitingAgents);
    const delays: number[] = [];
    let clock = 0;
    new AlarmTracker(store, {
      schedule: (run, delay) => {
        delays.push(delay);
        run();
      },
      clock: () => clock,
      minGapMs: 250,
    });
    store.commit(1000);
    clock = 100;
    store.commit(1100);
    expect(delays.at(-1)).toBe(150);
  });
});
