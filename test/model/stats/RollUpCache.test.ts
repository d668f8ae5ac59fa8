import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../../src/model/loadConfig";
import { rollUp } from "../../../src/model/stats/rollUp";
import { RollUpCache } from "../../../src/model/stats/RollUpCache";
import { Simulator } from "../../../src/model/stats/Simulator";
import { StatValues } from "../../../src/model/stats/StatValues";
import { sampleHierarchy, sampleNode } from "./sampleHierarchy";

const START = 1_700_000_000_000;

/** A generated 2,000-object configuration's hierarchy, with a simulator's first snapshot. */
function simulatedConfiguration() {
  const { text } = generateConfig({ objects: 2000, seed: 4 });
  const model = loadConfig([{ path: "generated.json", content: new TextEncoder().encode(text) }]);
  const root = buildHierarchy(model, "campaign");
  const sim = new Simulator(root, { seed: 2, startTime: START });
  const values = new StatValues();
  values.applyAll(sim.snapshot(), sim.now);
  return { root, sim, values, options: { now: sim.now, periodicIntervalMs: 2000 } };
}

describe("RollUpCache", () => {
  it("gives the same figures as a full roll-up after every batch of simulated updates", () => {
    const root = sampleHierarchy();
    const sim = new Simulator(root, { seed: 9, startTime: START });
    const values = new StatValues();
    values.applyAll(sim.snapshot(), sim.now);
    const cache = new RollUpCache(root);
    cache.full(values, { now: sim.now, periodicIntervalMs: 2000 });
    for (let batch = 0; batch < 40; batch += 1) {
      values.applyAll(sim.tick(1500), sim.now);
      const options = { now: sim.now, periodicIntervalMs: 2000 };
      const incremental = cache.update(values, options);
      const full = rollUp(root, values, options);
      for (const [id, stats] of full.entries()) {
        expect(incremental[id]?.figures).toEqual(stats.figures);
        expect(incremental[id]?.lastChanged).toBe(stats.lastChanged);
      }
    }
  });

  it("keeps the object of a node nothing changed under, so its readers do not re-render", () => {
    const root = sampleHierarchy();
    const values = new StatValues();
    const cache = new RollUpCache(root);
    cache.full(values, { now: 10, periodicIntervalMs: 2000 });
    const retention = cache.stats[sampleNode("campaign:Retention")];
    const sales = cache.stats[sampleNode("campaign:Sales")];
    values.apply(
      { objectType: "Agent", objectId: "ann", statistic: "State", value: "Ready", timestamp: 5 },
      10,
    );
    cache.update(values, { now: 10, periodicIntervalMs: 2000 });
    expect(cache.stats[sampleNode("campaign:Retention")]).toBe(retention);
    expect(cache.stats[sampleNode("campaign:Sales")]).not.toBe(sales);
  });

  it("recomputes every appearance of a shared object and their ancestors, and nothing else", () => {
    const root = sampleHierarchy();
    const values = new StatValues();
    const cache = new RollUpCache(root);
    cache.full(values, { now: 10, periodicIntervalMs: 2000 });
    const before = [...cache.stats];
    values.apply(
      {
        objectType: "CallingList",
        objectId: "Leads",
        statistic: "RecordsReady",
        value: 40,
        timestamp: 5,
      },
      10,
    );
    cache.update(values, { now: 10, periodicIntervalMs: 2000 });
    const moved = before.flatMap((stats, id) => (cache.stats[id] === stats ? [] : [id]));
    expect(moved).toEqual(
      [
        "root:-",
        "tenant:Environment",
        "campaign:Sales",
        "campaignCallingList:Sales@Leads",
        "list:S/Leads",
        "campaign:Retention",
        "campaignCallingList:Retention@Leads",
        "list:R/Leads",
      ].map(sampleNode),
    );
    const retention = cache.stats[sampleNode("campaign:Retention")]!.figures;
    expect(retention.kind === "campaign" && retention.records?.ready).toBe(40);
  });

  it("re-judges staleness as the clock moves without any update", () => {
    const root = sampleHierarchy();
    const values = new StatValues();
    values.apply(
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team A",
        statistic: "Dialed",
        value: 3,
        timestamp: 0,
      },
      0,
    );
    const cache = new RollUpCache(root);
    cache.full(values, { now: 1000, periodicIntervalMs: 2000 });
    expect(cache.stats[sampleNode("campaign:Sales")]?.stale).toBe(false);
    cache.refreshStale(values, { now: 4001, periodicIntervalMs: 2000 });
    expect(cache.stats[sampleNode("campaignGroup:Sales@Team A")]?.stale).toBe(true);
    expect(cache.stats[sampleNode("campaign:Sales")]?.stale).toBe(true);
    expect(cache.stats[sampleNode("campaign:Retention")]?.stale).toBe(false);
  });

  it("computes the first roll-up in slices to the same figures as in one piece, publishing it whole", () => {
    const { root, values, options } = simulatedConfiguration();
    const whole = new RollUpCache(root).full(values, options);

    const sliced = new RollUpCache(root);
    let clock = 0;
    const tick = () => (clock += 1);
    sliced.startFull(values, options);
    let slices = 1;
    while (!sliced.step(2, tick)) {
      expect(sliced.stats.every((s) => s === undefined)).toBe(true);
      slices += 1;
    }
    expect(slices).toBeGreaterThan(10);
    expect(sliced.indexed).toBe(true);
    expect(sliced.stats.length).toBe(whole.length);
    expect(whole.every((s) => s !== undefined)).toBe(true);
    for (const [id, stats] of whole.entries()) expect(sliced.stats[id]).toEqual(stats);
  });

  it("makes a first incremental pass a full one, so no node is left without figures", () => {
    const root = sampleHierarchy();
    const values = new StatValues();
    const cache = new RollUpCache(root);
    cache.update(values, { now: 10, periodicIntervalMs: 2000 });
    const full = rollUp(root, values, { now: 10, periodicIntervalMs: 2000 });
    expect(cache.stats.filter((s) => s !== undefined).length).toBe(full.length);
  });

  it("re-judges staleness in slices to the same flags as in one piece", () => {
    const { root, sim, values, options } = simulatedConfiguration();
    const later = { now: sim.now + 4500, periodicIntervalMs: 2000 };
    const whole = new RollUpCache(root);
    whole.full(values, options);
    whole.refreshStale(values, later);
    const sliced = new RollUpCache(root);
    sliced.full(values, options);
    let clock = 0;
    sliced.startStaleRefresh(values, later);
    let slices = 1;
    for (; !sliced.stepStale(2, () => (clock += 1)); slices += 1);
    expect(slices).toBeGreaterThan(1);
    expect(sliced.refreshing).toBe(false);
    const flags = (cache: RollUpCache) => cache.stats.map((s, id) => [id, s?.stale]);
    expect(flags(sliced)).toEqual(flags(whole));
    expect(flags(whole).filter(([, stale]) => stale).length).toBeGreaterThan(0);
    expect(flags(whole).filter(([, stale]) => !stale).length).toBeGreaterThan(0);
  });
});

describe("RollUpCache on the clock", () => {
  it("re-judges only what is due and agrees with a full re-judgement at every moment", () => {
    const { root, sim, values } = simulatedConfiguration();
    const interval = 2000;
    const wheel = new RollUpCache(root);
    wheel.full(values, { now: sim.now, periodicIntervalMs: interval });
    let flipped = 0;
    for (let step = 0; step < 30; step += 1) {
      // Some objects report, most do not: figures turn stale one after another.
      if (step % 3 === 0) values.applyAll(sim.tick(700).slice(0, 40), sim.now + step * 400);
      const options = { now: sim.now + step * 400, periodicIntervalMs: interval };
      wheel.update(values, options);
      if (wheel.advanceClock(values, options)) flipped += 1;
      const whole = new RollUpCache(root);
      whole.full(values, options);
      const judged = (cache: RollUpCache) =>
        cache.stats.map((s, id) => [id, s?.stale, s?.staleSince]);
      expect(judged(wheel)).toEqual(judged(whole));
    }
    expect(flipped).toBeGreaterThan(0);
  });

  it("does nothing while a pass is under way, whose results are judged at its own clock", () => {
    const { root, values, options } = simulatedConfiguration();
    const cache = new RollUpCache(root);
    cache.startFull(values, options);
    expect(cache.advanceClock(values, { ...options, now: options.now + 60_000 })).toBe(false);
    cache.step(Infinity, () => 0);
    const later = { ...options, now: options.now + 60_000 };
    expect(cache.advanceClock(values, later)).toBe(true);
    expect(cache.advanceClock(values, later)).toBe(false);
    expect(cache.stats.some((s) => s?.stale)).toBe(true);
  });
});
