import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { rollUp } from "../../../src/model/stats/rollUp";
import { RollUpCache } from "../../../src/model/stats/RollUpCache";
import { Simulator } from "../../../src/model/stats/Simulator";
import { StatValues } from "../../../src/model/stats/StatValues";
import { sampleHierarchy } from "./sampleHierarchy";

const START = 1_700_000_000_000;

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
      for (const [id, stats] of full) {
        expect(incremental.get(id)?.figures).toEqual(stats.figures);
        expect(incremental.get(id)?.lastChanged).toBe(stats.lastChanged);
      }
    }
  });

  it("keeps the object of a node nothing changed under, so its readers do not re-render", () => {
    const root = sampleHierarchy();
    const values = new StatValues();
    const cache = new RollUpCache(root);
    cache.full(values, { now: 10, periodicIntervalMs: 2000 });
    const retention = cache.stats.get(asNodeId("campaign:Retention"));
    const sales = cache.stats.get(asNodeId("campaign:Sales"));
    values.apply(
      { objectType: "Agent", objectId: "ann", statistic: "State", value: "Ready", timestamp: 5 },
      10,
    );
    cache.update(values, { now: 10, periodicIntervalMs: 2000 });
    expect(cache.stats.get(asNodeId("campaign:Retention"))).toBe(retention);
    expect(cache.stats.get(asNodeId("campaign:Sales"))).not.toBe(sales);
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
    expect(cache.stats.get(asNodeId("campaign:Sales"))?.stale).toBe(false);
    cache.refreshStale(values, { now: 4001, periodicIntervalMs: 2000 });
    expect(cache.stats.get(asNodeId("campaignGroup:Sales@Team A"))?.stale).toBe(true);
    expect(cache.stats.get(asNodeId("campaign:Sales"))?.stale).toBe(true);
    expect(cache.stats.get(asNodeId("campaign:Retention"))?.stale).toBe(false);
  });
});
