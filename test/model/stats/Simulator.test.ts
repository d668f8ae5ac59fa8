import { describe, expect, it } from "vitest";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { AGENT_STATES, GROUP_STATUSES } from "../../../src/model/stats/GroupStatus";
import { rollUp } from "../../../src/model/stats/rollUp";
import {
  SIMULATED_REFUSAL,
  Simulator,
  WARM_UP_MS,
  WARM_UP_STEPS,
} from "../../../src/model/stats/Simulator";
import type { StatUpdate } from "../../../src/model/stats/StatUpdate";
import { StatValues } from "../../../src/model/stats/StatValues";
import { buildSpec, node } from "./sampleHierarchy";

/** Campaigns of several groups, agents shared between some groups, lists shared by campaigns. */
function bigHierarchy(): Hierarchy {
  const campaigns = Array.from({ length: 6 }, (_, c) =>
    node("campaign", `C${c}`, [
      ...Array.from({ length: 4 }, (_, g) =>
        node("campaignGroup", `C${c}@G${g}`, [
          node(
            "groupAgents",
            `G${g}`,
            Array.from({ length: 8 }, (_, a) =>
              node("agent", `e${g}-${a}`, [], `a:C${c}/G${g}/${a}`),
            ),
            `ga:C${c}/G${g}`,
          ),
        ]),
      ),
      node("campaignCallingList", `C${c}@L${c % 3}`, [
        node("callingList", `L${c % 3}`, [], `l:C${c}/L${c % 3}`),
      ]),
    ]),
  );
  return buildSpec(node("root", null, [node("tenant", "Environment", campaigns)])).hierarchy;
}

const START = Date.UTC(2026, 0, 5, 9);

/**
 * Campaign C0 with group "C0@G0", named right, and group "Misnamed" whose Stat Server id is
 * "C0@G1": Stat Server does not know it. Each has four agents; one list.
 */
function misnamedHierarchy(): Hierarchy {
  const group = (g: number, name: string) => ({
    ...node("campaignGroup", `C0@G${g}`, [
      node(
        "groupAgents",
        `G${g}`,
        Array.from({ length: 4 }, (_, a) => node("agent", `e${g}-${a}`, [], `a:G${g}/${a}`)),
      ),
    ]),
    name,
  });
  return buildSpec(
    node("root", null, [
      node("tenant", "Environment", [
        node("campaign", "C0", [
          group(0, "C0@G0"),
          group(1, "Misnamed"),
          node("campaignCallingList", "C0@L0", [node("callingList", "L0")]),
        ]),
      ]),
    ]),
  ).hierarchy;
}

const about = (updates: readonly StatUpdate[], type: string, id: string) =>
  updates.filter((u) => u.objectType === type && u.objectId === id);

describe("Simulator", () => {
  it("produces the same updates for the same seed and different ones for another", () => {
    const run = (seed: number) => {
      const sim = new Simulator(bigHierarchy(), { seed, startTime: START });
      return [...sim.snapshot(), ...sim.tick(30_000)];
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it("warmed up in slices, tells the same story as warmed up when built", () => {
    const built = new Simulator(bigHierarchy(), { seed: 3, startTime: START });
    const sliced = new Simulator(bigHierarchy(), { seed: 3, startTime: START, warmUpSteps: 0 });
    for (let i = 0; i < WARM_UP_STEPS; i += 7) sliced.warmUp(Math.min(7, WARM_UP_STEPS - i));
    expect(sliced.now).toBe(built.now);
    expect(sliced.snapshot()).toEqual(built.snapshot());
    expect(sliced.tick(10_000)).toEqual(built.tick(10_000));
  });

  it("advances only in whole steps, carrying the remainder to the next tick", () => {
    const sim = new Simulator(bigHierarchy(), { seed: 1, startTime: START, stepMs: 500 });
    const before = sim.now;
    sim.tick(300);
    expect(sim.now).toBe(before);
    sim.tick(300);
    expect(sim.now).toBe(before + 500);
  });

  it("keeps a campaign's agents ready equal to the sum of its groups' at every moment", () => {
    const root = bigHierarchy();
    const sim = new Simulator(root, { seed: 42, startTime: START });
    const store = new StatValues();
    store.applyAll(sim.snapshot(), sim.now);
    for (let second = 0; second < 120; second += 10) {
      store.applyAll(sim.tick(10_000), sim.now);
      const stats = rollUp(root, store, { now: sim.now, periodicIntervalMs: 2000 });
      const tenant = root.children(Hierarchy.ROOT)[0]!;
      for (const campaign of root.children(tenant)) {
        const figures = stats[campaign]!.figures;
        if (figures.kind !== "campaign") throw new Error("not a campaign");
        let sum = 0;
        for (const group of root.children(campaign)) {
          const g = stats[group]!.figures;
          if (g.kind === "campaignGroup") sum += g.agents?.ready ?? 0;
        }
        expect(figures.agents?.ready ?? 0).toBe(sum);
      }
    }
  });

  it("moves groups through statuses and agents through states with valid values only", () => {
    const sim = new Simulator(bigHierarchy(), { seed: 3, startTime: START });
    const updates = sim.tick(10 * 60_000);
    const statuses = new Set(updates.filter((u) => u.statistic === "Status").map((u) => u.value));
    const states = new Set(updates.filter((u) => u.statistic === "State").map((u) => u.value));
    expect(statuses.size).toBeGreaterThanOrEqual(2);
    for (const s of statuses) expect(GROUP_STATUSES).toContain(s);
    expect(states.size).toBeGreaterThanOrEqual(4);
    for (const s of states) expect(AGENT_STATES).toContain(s);
    expect(updates.some((u) => u.statistic === "Waiting" && u.value === "WaitingAgents")).toBe(
      true,
    );
    expect(updates.some((u) => u.statistic === "DialMode" && u.value === "NoDial")).toBe(true);
  });

  it("consumes records without ever going below zero, and lists total their campaigns' share", () => {
    const root = bigHierarchy();
    const sim = new Simulator(root, { seed: 11, startTime: START });
    const store = new StatValues();
    store.applyAll(sim.snapshot(), sim.now);
    const first = store.get("CallingList", "L0", "RecordsProcessed")!.value as number;
    store.applyAll(sim.tick(5 * 60_000), sim.now);
    const ready = (id: string) =>
      store.get("CampaignCallingList", id, "RecordsReady")!.value as number;
    expect(ready("C0@L0")).toBeGreaterThanOrEqual(0);
    expect(store.get("CallingList", "L0", "RecordsReady")!.value).toBe(
      ready("C0@L0") + ready("C3@L0"),
    );
    expect(store.get("CallingList", "L0", "RecordsProcessed")!.value as number).toBeGreaterThan(
      first,
    );
  });

  it("keeps rates plausible: hit ratio 20-45%, overdial under 6%, busy factor a fraction", () => {
    const root = bigHierarchy();
    const sim = new Simulator(root, { seed: 5, startTime: START });
    const store = new StatValues();
    store.applyAll([...sim.snapshot(), ...sim.tick(5 * 60_000)], sim.now);
    const total = rollUp(root, store, { now: sim.now, periodicIntervalMs: 2000 })[Hierarchy.ROOT]!;
    if (total.figures.kind !== "root") throw new Error("not the root");
    const { hitRatio, overdialRate, busyFactor } = total.figures.rates;
    expect(total.figures.calls!.dialed).toBeGreaterThan(500);
    expect(hitRatio).toBeGreaterThan(0.2);
    expect(hitRatio).toBeLessThan(0.45);
    expect(overdialRate).toBeGreaterThan(0);
    expect(overdialRate).toBeLessThan(0.06);
    expect(busyFactor).toBeGreaterThan(0);
    expect(busyFactor).toBeLessThanOrEqual(1);
  });

  it("says Stat Server's verdict on every id it is asked about, and why it refused one", () => {
    const sim = new Simulator(misnamedHierarchy(), { seed: 2, startTime: START });
    const verdicts = sim
      .snapshot()
      .filter((u) => u.statistic === "$verdict" || u.statistic === "$refusal")
      .map((u) => `${u.objectType} ${u.objectId} ${u.statistic} ${u.value}`);
    expect(verdicts).toEqual([
      "Campaign C0 $verdict known",
      "CampaignGroup C0@G0 $verdict known",
      "GroupAgents G0 $verdict known",
      "Agent e0-0 $verdict known",
      "Agent e0-1 $verdict known",
      "Agent e0-2 $verdict known",
      "Agent e0-3 $verdict known",
      "CampaignGroup C0@G1 $verdict refused",
      `CampaignGroup C0@G1 $refusal ${SIMULATED_REFUSAL}`,
      "GroupAgents G1 $verdict known",
      "Agent e1-0 $verdict known",
      "Agent e1-1 $verdict known",
      "Agent e1-2 $verdict known",
      "Agent e1-3 $verdict known",
      "CampaignCallingList C0@L0 $verdict known",
      "CallingList L0 $verdict known",
    ]);
  });

  it("reports no figure for a group Stat Server refused, while its agents keep working", () => {
    const sim = new Simulator(misnamedHierarchy(), { seed: 2, startTime: START });
    const updates = [...sim.snapshot(), ...sim.tick(10 * 60_000)];
    expect(about(updates, "CampaignGroup", "C0@G1").map((u) => u.statistic)).toEqual([
      "$verdict",
      "$refusal",
    ]);
    expect(about(updates, "CampaignGroup", "C0@G0").some((u) => u.statistic === "Dialed")).toBe(
      true,
    );
    expect(about(updates, "Agent", "e1-0").some((u) => u.statistic === "State")).toBe(true);
  });

  it("leaves a refused group out of its campaign's roll-up", () => {
    const root = misnamedHierarchy();
    const sim = new Simulator(root, { seed: 2, startTime: START });
    const store = new StatValues();
    store.applyAll(sim.snapshot(), sim.now);
    store.applyAll(sim.tick(5 * 60_000), sim.now);
    const stats = rollUp(root, store, { now: sim.now, periodicIntervalMs: 2000 });
    const campaign = root.children(root.children(Hierarchy.ROOT)[0]!)[0]!;
    const [known, refused] = root.children(campaign).map((c) => stats[c]!.figures);
    const total = stats[campaign]!.figures;
    if (known?.kind !== "campaignGroup" || refused?.kind !== "campaignGroup")
      throw new Error("not groups");
    if (total.kind !== "campaign") throw new Error("not a campaign");
    expect(refused).toMatchObject({ status: null, agents: null, calls: null });
    expect(total.groups.running + total.groups.activated + total.groups.deactivated).toBe(1);
    expect(total.agents).toEqual(known.agents);
    expect(total.calls).toEqual(known.calls);
  });

  it("started a warm-up before now, never stamps a figure later than the time it is asked for", () => {
    const now = START + 3_600_000;
    const sim = new Simulator(bigHierarchy(), { seed: 4, startTime: now - WARM_UP_MS });
    expect(sim.now).toBe(now);
    const snapshot = sim.snapshot();
    expect(Math.max(...snapshot.map((u) => u.timestamp))).toBeLessThanOrEqual(now);
    // An agent's State is stamped when the state began: most began during the warm-up.
    const states = snapshot.filter((u) => u.statistic === "State");
    expect(states.filter((u) => u.timestamp < now - 5_000).length).toBeGreaterThan(
      states.length / 2,
    );
    const later = sim.advanceTo(now + 1_700);
    expect(sim.now).toBe(now + 1_500);
    for (const update of later) expect(update.timestamp).toBeLessThanOrEqual(now + 1_700);
    expect(sim.advanceTo(now + 1_900)).toEqual([]);
    expect(sim.advanceTo(now + 2_000).length).toBeGreaterThan(0);
    expect(sim.now).toBe(now + 2_000);
  });
});
