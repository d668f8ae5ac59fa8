import { describe, expect, it, vi } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../../src/model/loadConfig";
import { rollUp } from "../../../src/model/stats/rollUp";
import { Simulator } from "../../../src/model/stats/Simulator";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import type { StatsSource } from "../../../src/ui/stats/StatsView";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { buildSpec, node, sampleHierarchy, sampleNode } from "../../model/stats/sampleHierarchy";

function storeWithManualFrames(now = () => 5000, source: StatsSource = "live") {
  const frames: (() => void)[] = [];
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: (commit) => frames.push(commit),
    now,
    minCommitMs: 0,
  });
  store.setSource(source, 10_000);
  return { store, frames };
}

/** Runs the frames asked for, and those they ask for, as the browser would; returns how many. */
function runFrames(frames: (() => void)[], limit = 10_000): number {
  let ran = 0;
  while (frames.length > 0 && ran < limit) {
    frames.shift()!();
    ran += 1;
  }
  return ran;
}

const ready = (objectId: string, state: string, timestamp: number) => ({
  objectType: "Agent" as const,
  objectId,
  statistic: "State",
  value: state,
  timestamp,
});

describe("StatsStore", () => {
  it("turns a node stale on the clock's tick, with no update, and tells its readers", () => {
    let clock = 5000;
    const { store, frames } = storeWithManualFrames(() => clock);
    store.setHierarchy(sampleHierarchy());
    store.ingest([
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team A",
        statistic: "Dialed",
        value: 40,
        timestamp: clock,
      },
    ]);
    runFrames(frames);
    const group = sampleNode("campaignGroup:Sales@Team A");
    expect(store.getView().nodes[group]?.stale).toBe(false);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    clock += 20_000;
    store.tick();
    runFrames(frames);
    expect(store.getView().nodes[group]?.stale).toBe(false);
    clock += 1;
    store.tick();
    runFrames(frames);
    expect(store.getView().nodes[group]).toMatchObject({ stale: true, staleSince: 5000 });
    expect(store.getView().nodes[sampleNode("root:-")]).toMatchObject({ stale: true });
    expect(notified).toBe(2);
  });

  it("applies a burst of updates in one frame and notifies readers once", () => {
    const { store, frames } = storeWithManualFrames();
    store.setHierarchy(sampleHierarchy());
    frames.splice(0).forEach((commit) => commit());
    let notified = 0;
    store.subscribe(() => (notified += 1));

    for (let i = 0; i < 500; i += 1) store.ingest([ready("ann", i % 2 ? "Ready" : "Busy", i)]);
    store.ingest([ready("bob", "Ready", 1)]);
    expect(frames).toHaveLength(1);
    expect(notified).toBe(0);

    frames.shift()!();
    expect(notified).toBe(1);
    const teamA = store.getView().nodes[sampleNode("campaignGroup:Sales@Team A")]!.figures;
    expect(teamA.kind === "campaignGroup" && teamA.agents?.ready).toBe(2);
  });

  it("does not re-render when a frame finds nothing new", () => {
    const { store, frames } = storeWithManualFrames();
    store.setHierarchy(sampleHierarchy());
    frames.splice(0).forEach((commit) => commit());
    const view = store.getView();
    store.commit();
    expect(store.getView()).toBe(view);
  });

  it("collects figures for ids the hierarchy does not have", () => {
    const { store, frames } = storeWithManualFrames();
    store.setHierarchy(sampleHierarchy());
    store.ingest([ready("zed", "Ready", 1)]);
    frames.splice(0).forEach((commit) => commit());
    expect(store.getView().unknown.map((u) => u.objectId)).toEqual(["zed"]);
  });

  it("counts the feed's known and unknown objects as they arrive, and again after a reset", () => {
    const { store, frames } = storeWithManualFrames();
    store.setHierarchy(sampleHierarchy());
    store.ingest([ready("ann", "Ready", 1), ready("zed", "Ready", 1)]);
    runFrames(frames);
    expect(store.getView().overlap).toEqual({ known: 1, unknown: 1 });
    store.ingest([ready("bob", "Ready", 2), ready("yan", "Ready", 2), ready("xia", "Ready", 2)]);
    runFrames(frames);
    expect(store.getView().overlap).toEqual({ known: 2, unknown: 3 });
    expect(store.getView().unknown.map((u) => u.objectId)).toEqual(["xia", "yan", "zed"]);
    store.replaceAll(
      ["ann", "bob", "v", "w", "x", "y"].map((id) => ({
        update: ready(id, "Busy", 3),
        receivedAt: 3,
      })),
    );
    runFrames(frames);
    expect(store.getView().overlap).toEqual({ known: 2, unknown: 4 });
    expect(store.getView().unknown.map((u) => u.objectId)).toEqual(["v", "w", "x", "y"]);
  });

  it("replaces every value on a reset, forgetting the previous server's figures", () => {
    const { store, frames } = storeWithManualFrames();
    store.setHierarchy(sampleHierarchy());
    store.ingest([ready("zed", "Ready", 1)]);
    store.replaceAll([{ update: ready("ann", "Busy", 2), receivedAt: 4000 }], 2000);
    frames.splice(0).forEach((commit) => commit());
    expect(store.getView().unknown).toEqual([]);
    expect(store.getView().intervalMs).toBe(2000);
    const ann = store.getView().nodes[sampleNode("agent:A/ann")]!.figures;
    expect(ann).toEqual({ kind: "agent", state: "Busy", since: 2 });
  });

  it("does no roll-up and keeps no history while statistics are off", () => {
    const { store, frames } = storeWithManualFrames(() => 5000, "off");
    store.setHierarchy(sampleHierarchy());
    store.ingest([ready("ann", "Ready", 1)]);
    runFrames(frames);
    expect(store.getView().nodes).toHaveLength(0);
    expect(store.getView().unknown).toEqual([]);
    expect(store.history.series(sampleNode("campaign:Sales"), "agentsReady")).toEqual([]);
  });

  it("rolls up over the open hierarchy once a source is chosen after it opened", () => {
    const { store, frames } = storeWithManualFrames(() => 5000, "off");
    store.setHierarchy(sampleHierarchy());
    runFrames(frames);
    store.setSource("simulated", 2000);
    store.ingest([ready("ann", "Ready", 1)]);
    runFrames(frames);
    const teamA = store.getView().nodes[sampleNode("campaignGroup:Sales@Team A")]!.figures;
    expect(teamA.kind === "campaignGroup" && teamA.agents?.ready).toBe(1);
  });

  it("computes the first roll-up in slices over several frames, publishing only the whole", () => {
    // Each reading of the clock moves it 1 ms: a 4 ms slice then covers a few hundred nodes.
    let clock = 0;
    vi.spyOn(performance, "now").mockImplementation(() => (clock += 1));
    try {
      const { text } = generateConfig({ objects: 2000, seed: 5 });
      const model = loadConfig([
        { path: "generated.json", content: new TextEncoder().encode(text) },
      ]);
      const root = buildHierarchy(model, "campaign");
      const sim = new Simulator(root, { seed: 3, startTime: 1_700_000_000_000 });
      const { store, frames } = storeWithManualFrames(() => sim.now, "simulated");
      store.setHierarchy(root);
      store.replaceAll(
        sim.snapshot().map((update) => ({ update, receivedAt: sim.now })),
        2000,
      );
      let published = 0;
      store.subscribe(() => (published += store.getView().nodes.length > 0 ? 1 : 0));
      frames.shift()!();
      expect(store.getView().nodes).toHaveLength(0);
      expect(runFrames(frames)).toBeGreaterThan(1);
      expect(published).toBe(1);
      const expected = rollUp(root, store.values, { now: sim.now, periodicIntervalMs: 2000 });
      expect(store.getView().nodes).toHaveLength(expected.length);
      expect(store.getView().hierarchy).toBe(root);
      for (const [id, stats] of expected.entries()) {
        expect(store.getView().nodes[id]).toEqual(stats);
      }
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("publishes another hierarchy's figures under its own NodeIds, never the last one's", () => {
    const { store, frames } = storeWithManualFrames();
    const first = sampleHierarchy();
    store.setHierarchy(first);
    store.ingest([ready("ann", "Ready", 1)]);
    runFrames(frames);
    expect(store.getView().hierarchy).toBe(first);
    const ann = sampleNode("agent:A/ann");
    expect(store.getView().nodes[ann]?.figures.kind).toBe("agent");

    // The same agent, first in a hierarchy of its own: its NodeId is another.
    const { hierarchy: second, at } = buildSpec(
      node("root", null, [node("agent", "ann", [], "ann"), node("campaign", "Sales")]),
    );
    store.setHierarchy(second);
    expect(store.getView().hierarchy).toBeNull();
    expect(store.getView().nodes).toHaveLength(0);
    expect(store.history.series(ann, "agentsReady")).toEqual([]);
    runFrames(frames);
    expect(store.getView().hierarchy).toBe(second);
    expect(store.getView().nodes).toHaveLength(second.size);
    expect(store.getView().nodes[at("ann")]?.figures).toEqual({
      kind: "agent",
      state: "Ready",
      since: 1,
    });
    expect(store.getView().nodes[at("campaign:Sales")]?.figures.kind).toBe("campaign");
  });
});
