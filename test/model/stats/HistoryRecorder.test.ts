import { describe, expect, it } from "vitest";
import { asNodeId, type NodeId } from "../../../src/model/config/ids";
import { HistoryRecorder } from "../../../src/model/stats/HistoryRecorder";
import type { NodeStats } from "../../../src/model/stats/rollUp";

const GROUP = asNodeId(3);
const AGENT = asNodeId(5);

/** Stats by NodeId, as the store hands them over: undefined for the nodes not given. */
function table(entries: Iterable<readonly [NodeId, NodeStats]>): (NodeStats | undefined)[] {
  const byNode: (NodeStats | undefined)[] = [];
  for (const [id, stats] of entries) byNode[id] = stats;
  return Array.from(byNode);
}

function stats(ready: number | null): Map<typeof GROUP, NodeStats> {
  return new Map([
    [
      GROUP,
      {
        figures: {
          kind: "campaignGroup",
          status: "Running",
          waiting: "None",
          dialMode: "Predict",
          agents:
            ready === null
              ? null
              : { loggedIn: ready, ready, busy: 0, notReady: 0, afterCallWork: 0 },
          calls: null,
          callbacks: null,
          rates: { busyFactor: null, hitRatio: null, overdialRate: null },
          timeToComplete: null,
        },
        lastChanged: 0,
        stale: false,
      },
    ],
    [AGENT, { figures: { kind: "agent", state: "Ready", since: 0 }, lastChanged: 0, stale: false }],
  ]);
}

describe("HistoryRecorder", () => {
  it("keeps the last samples of a group's agents ready, oldest first, skipping absent ones", () => {
    const history = new HistoryRecorder(3);
    history.record(1000, table(stats(4)));
    history.record(2000, table(stats(null)));
    history.record(3000, table(stats(6)));
    history.record(4000, table(stats(7)));
    expect(history.series(GROUP, "agentsReady")).toEqual([
      { time: 3000, value: 6 },
      { time: 4000, value: 7 },
    ]);
  });

  it("keeps a rate to well within the chart's precision, and counts exactly", () => {
    const history = new HistoryRecorder(3);
    const sample = stats(1_234_567);
    const group = sample.get(GROUP)!;
    sample.set(GROUP, {
      ...group,
      figures: {
        ...group.figures,
        rates: { busyFactor: 87.3, hitRatio: 12.345, overdialRate: 0.1 },
      } as NodeStats["figures"],
    });
    history.record(1000, table(sample));
    expect(history.series(GROUP, "agentsReady")).toEqual([{ time: 1000, value: 1_234_567 }]);
    const [hit] = history.series(GROUP, "hitRatio");
    expect(hit!.value).toBeCloseTo(12.345, 5);
    const [overdial] = history.series(GROUP, "overdialRate");
    expect(overdial!.value).toBeCloseTo(0.1, 6);
  });

  it("records nothing for individual agents", () => {
    const history = new HistoryRecorder(3);
    history.record(1000, table(stats(4)));
    expect(history.series(AGENT, "agentsReady")).toEqual([]);
  });

  it("takes a sample in slices, leaving the slot being written out of the series until it ends", () => {
    const groups = (ready: number) =>
      new Map(
        Array.from({ length: 300 }, (_, i) => {
          const [, held] = [...stats(ready)][0]!;
          return [asNodeId(i), held] as const;
        }),
      );
    const first = asNodeId(0);
    const history = new HistoryRecorder(3);
    history.record(1000, table(groups(1)));
    history.record(2000, table(groups(2)));
    history.record(3000, table(groups(3)));
    let clock = 0;
    const tick = () => (clock += 1);
    history.startSample(4000, table(groups(4)));
    expect(history.step(1, tick)).toBe(false);
    expect(history.sampling).toBe(true);
    expect(history.series(first, "agentsReady")).toEqual([
      { time: 2000, value: 2 },
      { time: 3000, value: 3 },
    ]);
    while (!history.step(1, tick));
    expect(history.series(asNodeId(299), "agentsReady")).toEqual([
      { time: 2000, value: 2 },
      { time: 3000, value: 3 },
      { time: 4000, value: 4 },
    ]);
  });
});

describe("HistoryRecorder, copying what did not move", () => {
  const group = (ready: number): NodeStats => ({
    figures: {
      kind: "groupAgents",
      agents: { loggedIn: ready, ready, busy: 0, notReady: 0, afterCallWork: 0 },
    },
    lastChanged: 0,
    stale: false,
  });
  const ID = asNodeId(0);

  it("records the same series whether figures are new objects or the same ones", () => {
    const history = new HistoryRecorder(4);
    const first = group(1);
    const second = group(2);
    const samples = [first, first, second, second, second, first];
    samples.forEach((stats, i) => history.record(i, table(new Map([[ID, stats]]))));
    expect(history.series(ID, "agentsReady").map((p) => p.value)).toEqual([2, 2, 2, 1]);
  });

  it("reads the figures again after an abandoned sample rather than copying a half-written slot", () => {
    const history = new HistoryRecorder(4);
    const one = group(1);
    history.record(0, table(new Map([[ID, one]])));
    const three = group(3);
    const others = Array.from({ length: 100 }, (_, i) => [asNodeId(i + 1), one] as const);
    // Abandoned part-way, after writing the first of the nodes.
    history.startSample(1, table(new Map([[ID, three], ...others])));
    let clock = 0;
    expect(history.step(0, () => (clock += 1))).toBe(false);
    history.record(1, table(new Map([[ID, three]])));
    history.record(2, table(new Map([[ID, three]])));
    expect(history.series(ID, "agentsReady").map((p) => p.value)).toEqual([1, 3, 3]);
  });
});

describe("HistoryRecorder's rings", () => {
  it("keeps each node's series apart as rings are added for nodes appearing later, past one allocation", () => {
    const history = new HistoryRecorder(2);
    const group = (ready: number): NodeStats =>
      ({
        figures: { ...stats(ready).get(GROUP)!.figures },
        lastChanged: 0,
        stale: false,
      }) as NodeStats;
    // The first sample has one group; the second, 200 more (more rings than the first
    // allocation holds); every group reads its own number.
    history.record(1000, table([[asNodeId(0), group(1)]]));
    const many: [NodeId, NodeStats][] = [];
    for (let n = 0; n <= 200; n += 1) many.push([asNodeId(n), group(n + 1)]);
    history.record(2000, table(many));
    expect(history.series(asNodeId(0), "agentsReady")).toEqual([
      { time: 1000, value: 1 },
      { time: 2000, value: 1 },
    ]);
    expect(history.series(asNodeId(150), "agentsReady")).toEqual([{ time: 2000, value: 151 }]);
    expect(history.series(asNodeId(200), "agentsReady")).toEqual([{ time: 2000, value: 201 }]);
    expect(history.series(asNodeId(201), "agentsReady")).toEqual([]);
    history.clear();
    expect(history.series(asNodeId(0), "agentsReady")).toEqual([]);
  });
});
