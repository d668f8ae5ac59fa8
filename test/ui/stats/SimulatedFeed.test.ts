import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { asNodeId } from "../../../src/model/config/ids";
import { loadConfig } from "../../../src/model/loadConfig";
import { figureValues } from "../../../src/model/stats/Figure";
import { rollUp } from "../../../src/model/stats/rollUp";
import { WARM_UP_STEPS } from "../../../src/model/stats/Simulator";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { startSimulatedFeed } from "../../../src/ui/stats/SimulatedFeed";
import { StatsStore } from "../../../src/ui/stats/StatsStore";

const root = buildHierarchy(
  loadConfig([
    {
      path: "contact-centre-mistakes.json",
      content: readFileSync("public/samples/contact-centre-mistakes.json"),
    },
  ]),
);

/** A feed whose paint and slices run when the test says, on a clock that moves 1 ms a step. */
function manualFeed() {
  const store = new StatsStore({ thresholds: DEFAULT_THRESHOLDS, scheduleFrame: () => {} });
  const tasks: (() => void)[] = [];
  let clock = 0;
  const stop = startSimulatedFeed(store, root, {
    // Cancelling does not unqueue here: a slice already queued runs, and must do nothing.
    whenPainted: (run) => {
      tasks.push(run);
      return () => {};
    },
    scheduleSlice: (run) => tasks.push(run),
    // Each reading of the clock is a millisecond later: a slice does 8 steps at most.
    now: () => (clock += 1),
  });
  const runTasks = (): number => {
    let ran = 0;
    while (tasks.length > 0) {
      tasks.shift()!();
      ran += 1;
    }
    return ran;
  };
  return { store, stop, tasks, runTasks };
}

describe("startSimulatedFeed", () => {
  it("builds the simulator after the paint and warms it up in slices, connecting meanwhile", () => {
    const { store, stop, tasks, runTasks } = manualFeed();
    expect(store.getView().source).toBe("simulated");
    expect(store.getView().connection).toBe("connecting");
    expect(store.getView().detail).toBe("warming up the simulation");
    expect(tasks).toHaveLength(1);
    expect(store.values.size).toBe(0);

    const slices = runTasks();
    expect(slices).toBeGreaterThanOrEqual(Math.ceil(WARM_UP_STEPS / 8));
    expect(store.getView().connection).toBe("connected");
    expect(store.values.size).toBeGreaterThan(100);
    stop();
  });

  it("stops cleanly while warming up: no figures come afterwards", () => {
    const { store, stop, tasks } = manualFeed();
    tasks.shift()!();
    expect(tasks).toHaveLength(1);
    stop();
    while (tasks.length > 0) tasks.shift()!();
    expect(store.values.size).toBe(0);
    expect(store.getView().connection).toBe("connecting");
  });

  it("stamps no figure later than now, so agents' time in state counts up from when it began", () => {
    const { store, stop, runTasks } = manualFeed();
    runTasks();
    const now = Date.now();
    let latest = 0;
    for (const [, stats] of store.values.entries())
      for (const entry of stats.values()) latest = Math.max(latest, entry.timestamp);
    expect(latest).toBeLessThanOrEqual(now);

    const stats = rollUp(root, store.values, { now, periodicIntervalMs: 2000 });
    const agents = Array.from({ length: root.size }, (_, n) => asNodeId(n)).filter(
      (n) => root.kind(n) === "agent",
    );
    const times = agents.flatMap((agent) => {
      const figures = stats[agent]?.figures;
      const seconds = figures ? figureValues(figures, now).timeInState : undefined;
      return typeof seconds === "number" ? [seconds] : [];
    });
    expect(times.length).toBeGreaterThan(10);
    // Most agents have been in their state for a while: the warm-up ran a minute before now.
    expect(times.filter((s) => s >= 5).length).toBeGreaterThan(times.length / 2);
    stop();
  });

  it("shows the demo's misnamed group as refused by Stat Server, with no figures", () => {
    const { store, stop, runTasks } = manualFeed();
    runTasks();
    const group = store.values.object("CampaignGroup", "Winback_H1@Team_Glasgow")!;
    expect([...group.keys()].sort()).toEqual(["$refusal", "$verdict"]);
    expect(group.get("$verdict")?.value).toBe("refused");
    expect(store.values.get("CampaignGroup", "Sales_Q1@Team_Glasgow", "$verdict")?.value).toBe(
      "known",
    );
    stop();
  });
});
