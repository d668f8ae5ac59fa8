import { describe, expect, it } from "vitest";
import { RollUpCache } from "../../../src/model/stats/RollUpCache";
import { rollUp, type NodeStats } from "../../../src/model/stats/rollUp";
import type { StatSource } from "../../../src/model/stats/StatSource";
import type { StatValue } from "../../../src/model/stats/StatUpdate";
import { StatValues } from "../../../src/model/stats/StatValues";
import { sampleHierarchy, sampleNode } from "./sampleHierarchy";

const T0 = 1_000_000;
const INTERVAL = 10_000;

function put(
  store: StatValues,
  objectId: string,
  statistic: string,
  value: StatValue,
  at: number,
  source?: StatSource,
): void {
  store.apply(
    {
      objectType: "CampaignGroup",
      objectId,
      statistic,
      value,
      timestamp: at,
      ...(source ? { source } : {}),
    },
    at,
  );
}

function statsAt(store: StatValues, id: string, now: number): NodeStats {
  return rollUp(sampleHierarchy(), store, { now, periodicIntervalMs: INTERVAL })[sampleNode(id)]!;
}

describe("the source of every figure", () => {
  it("is kept on each value as it is applied, and a later source replaces an earlier one", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "Dialed", 40, T0, "ocs");
    expect(store.get("CampaignGroup", "Sales@Team A", "Dialed")?.source).toBe("ocs");
    put(store, "Sales@Team A", "Dialed", 41, T0 + 1, "simulated");
    expect(store.get("CampaignGroup", "Sales@Team A", "Dialed")?.source).toBe("simulated");
    // The same value and time from another source is news: the source changed.
    expect(
      store.apply(
        {
          objectType: "CampaignGroup",
          objectId: "Sales@Team A",
          statistic: "Dialed",
          value: 41,
          timestamp: T0 + 1,
          source: "feeder",
        },
        T0 + 2,
      ),
    ).toBe(true);
  });

  it("is counted by object up the tree, an object with two sources under both", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "Status", "Running", T0, "ocs");
    put(store, "Sales@Team A", "Dialed", 40, T0, "simulated");
    put(store, "Sales@Team B", "Status", "Running", T0, "ocs");
    store.apply(
      {
        objectType: "Agent",
        objectId: "ann",
        statistic: "State",
        value: "Ready",
        timestamp: T0,
        source: "simulated",
      },
      T0,
    );
    store.apply(
      { objectType: "Agent", objectId: "bob", statistic: "State", value: "Busy", timestamp: T0 },
      T0,
    );
    expect(statsAt(store, "campaignGroup:Sales@Team A", T0).sources).toEqual({
      ocs: 1,
      simulated: 2,
      unknown: 1,
    });
    expect(statsAt(store, "campaign:Sales", T0).sources).toEqual({
      ocs: 2,
      simulated: 2,
      unknown: 1,
    });
    expect(statsAt(store, "campaign:Retention", T0).sources).toBeUndefined();
  });

  it("does not count Stat Server's verdicts as figures", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "$verdict", "known", T0, "statServer");
    expect(statsAt(store, "campaignGroup:Sales@Team A", T0).sources).toBeUndefined();
  });

  it("is kept by the incremental roll-up as by the full one", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "Dialed", 40, T0, "simulated");
    const cache = new RollUpCache(sampleHierarchy());
    const options = { now: T0, periodicIntervalMs: INTERVAL };
    cache.full(store, options);
    put(store, "Sales@Team A", "Dialed", 50, T0 + 1, "ocs");
    put(store, "Sales@Team B", "Dialed", 5, T0 + 1, "feeder");
    const incremental = cache.update(store, options);
    expect(incremental[sampleNode("campaign:Sales")]!.sources).toEqual({ ocs: 1, feeder: 1 });
    expect(incremental[sampleNode("campaign:Sales")]).toEqual(statsAt(store, "campaign:Sales", T0));
  });
});

describe("staleness", () => {
  it("does not call a group stale the moment it is activated again after a long stop", () => {
    // Stopped an hour ago with its last counts; activated just now. OCS reports a loaded group
    // periodically from now on: its counts are due from the status change, not from an hour ago.
    const store = new StatValues();
    put(store, "Sales@Team A", "Status", "Deactivated", T0);
    put(store, "Sales@Team A", "Dialed", 40, T0);
    const later = T0 + 3_600_000;
    put(store, "Sales@Team A", "Status", "Activated", later);
    const now = statsAt(store, "campaignGroup:Sales@Team A", later + 1000);
    expect(now.lastChanged).toBe(later);
    expect(now.stale).toBe(false);
    // If its counts still have not come two intervals on, they are stale since it was activated.
    const after = statsAt(store, "campaignGroup:Sales@Team A", later + 2 * INTERVAL + 1);
    expect(after).toMatchObject({ stale: true, staleSince: later });
  });

  it("says since when the oldest stale figure beneath a node has been due", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "Status", "Running", T0);
    put(store, "Sales@Team A", "Dialed", 40, T0);
    put(store, "Sales@Team B", "Status", "Running", T0 + 50_000);
    put(store, "Sales@Team B", "Dialed", 40, T0 + 50_000);
    const campaign = statsAt(store, "campaign:Sales", T0 + 51_000);
    // It changed a second ago (Team B), and is stale because Team A's counts are 51 s old.
    expect(campaign).toMatchObject({ lastChanged: T0 + 50_000, stale: true, staleSince: T0 });
    expect(statsAt(store, "campaignGroup:Sales@Team B", T0 + 51_000).stale).toBe(false);
  });

  it("is re-judged on the clock by the cache with the same answer as a full roll-up", () => {
    const store = new StatValues();
    put(store, "Sales@Team A", "Status", "Running", T0);
    put(store, "Sales@Team A", "Dialed", 40, T0);
    const cache = new RollUpCache(sampleHierarchy());
    cache.full(store, { now: T0, periodicIntervalMs: INTERVAL });
    const now = T0 + 3 * INTERVAL;
    const refreshed = cache.refreshStale(store, { now, periodicIntervalMs: INTERVAL });
    for (const id of ["campaignGroup:Sales@Team A", "campaign:Sales", "root:-"]) {
      expect(refreshed[sampleNode(id)]).toMatchObject({ stale: true, staleSince: T0 });
    }
    put(store, "Sales@Team A", "Dialed", 41, now);
    const fresh = cache.update(store, { now, periodicIntervalMs: INTERVAL });
    expect(fresh[sampleNode("campaign:Sales")]!.stale).toBe(false);
    expect(fresh[sampleNode("campaign:Sales")]!.staleSince).toBeUndefined();
  });
});
