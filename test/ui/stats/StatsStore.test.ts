import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { sampleHierarchy } from "../../model/stats/sampleHierarchy";

function storeWithManualFrames(now = () => 5000) {
  const frames: (() => void)[] = [];
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: (commit) => frames.push(commit),
    now,
    minCommitMs: 0,
  });
  return { store, frames };
}

const ready = (objectId: string, state: string, timestamp: number) => ({
  objectType: "Agent" as const,
  objectId,
  statistic: "State",
  value: state,
  timestamp,
});

describe("StatsStore", () => {
  it("applies a burst of updates in one frame and notifies readers once", () => {
    const { store, frames } = storeWithManualFrames();
    store.setRoot(sampleHierarchy());
    frames.splice(0).forEach((commit) => commit());
    let notified = 0;
    store.subscribe(() => (notified += 1));

    for (let i = 0; i < 500; i += 1) store.ingest([ready("ann", i % 2 ? "Ready" : "Busy", i)]);
    store.ingest([ready("bob", "Ready", 1)]);
    expect(frames).toHaveLength(1);
    expect(notified).toBe(0);

    frames.shift()!();
    expect(notified).toBe(1);
    const teamA = store.getView().nodes.get(asNodeId("campaignGroup:Sales@Team A"))!.figures;
    expect(teamA.kind === "campaignGroup" && teamA.agents?.ready).toBe(2);
  });

  it("does not re-render when a frame finds nothing new", () => {
    const { store, frames } = storeWithManualFrames();
    store.setRoot(sampleHierarchy());
    frames.splice(0).forEach((commit) => commit());
    const view = store.getView();
    store.commit();
    expect(store.getView()).toBe(view);
  });

  it("collects figures for ids the hierarchy does not have", () => {
    const { store, frames } = storeWithManualFrames();
    store.setRoot(sampleHierarchy());
    store.ingest([ready("zed", "Ready", 1)]);
    frames.splice(0).forEach((commit) => commit());
    expect(store.getView().unknown.map((u) => u.objectId)).toEqual(["zed"]);
  });

  it("replaces every value on a reset, forgetting the previous server's figures", () => {
    const { store, frames } = storeWithManualFrames();
    store.setRoot(sampleHierarchy());
    store.ingest([ready("zed", "Ready", 1)]);
    store.replaceAll([{ update: ready("ann", "Busy", 2), receivedAt: 4000 }], 2000);
    frames.splice(0).forEach((commit) => commit());
    expect(store.getView().unknown).toEqual([]);
    expect(store.getView().intervalMs).toBe(2000);
    const ann = store.getView().nodes.get(asNodeId("agent:A/ann"))!.figures;
    expect(ann).toEqual({ kind: "agent", state: "Busy", since: 2 });
  });
});
