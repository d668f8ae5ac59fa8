import { describe, expect, it } from "vitest";
import type { NodeFigures } from "../../../src/model/stats/NodeFigures";
import { rollUp } from "../../../src/model/stats/rollUp";
import type { StatObjectType } from "../../../src/model/stats/StatObjectType";
import type { StatValue } from "../../../src/model/stats/StatUpdate";
import { StatValues } from "../../../src/model/stats/StatValues";
import { sampleHierarchy, sampleNode } from "./sampleHierarchy";

const NOW = 1_000_000;
const OPTIONS = { now: NOW, periodicIntervalMs: 10_000 };

function values(rows: [StatObjectType, string, string, StatValue][], receivedAt = NOW): StatValues {
  const store = new StatValues();
  for (const [objectType, objectId, statistic, value] of rows) {
    store.apply({ objectType, objectId, statistic, value, timestamp: receivedAt }, receivedAt);
  }
  return store;
}

function figuresOf(store: StatValues, id: string, options = OPTIONS): NodeFigures {
  const stats = rollUp(sampleHierarchy(), store, options)[sampleNode(id)];
  if (!stats) throw new Error(`no node ${id}`);
  return stats.figures;
}

describe("rollUp", () => {
  it("recomputes a campaign's overdial rate from summed counts instead of averaging its groups' rates", () => {
    // Team A abandons 10 of 100 answered (10%), Team B 9 of 900 (1%). The mean of the two rates
    // is 5.5%, over the 3% limit; the campaign really abandoned 19 of 1000 answered: 1.9%.
    const store = values([
      ["CampaignGroup", "Sales@Team A", "Dialed", 400],
      ["CampaignGroup", "Sales@Team A", "Answered", 100],
      ["CampaignGroup", "Sales@Team A", "Abandoned", 10],
      ["CampaignGroup", "Sales@Team B", "Dialed", 3600],
      ["CampaignGroup", "Sales@Team B", "Answered", 900],
      ["CampaignGroup", "Sales@Team B", "Abandoned", 9],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    const teamB = figuresOf(store, "campaignGroup:Sales@Team B");
    const sales = figuresOf(store, "campaign:Sales");
    if (teamA.kind !== "campaignGroup" || teamB.kind !== "campaignGroup") throw new Error("kind");
    if (sales.kind !== "campaign") throw new Error("kind");
    expect(teamA.rates.overdialRate).toBe(0.1);
    expect(teamB.rates.overdialRate).toBe(0.01);
    expect(sales.rates.overdialRate).toBeCloseTo(0.019, 10);
    expect(sales.rates.overdialRate).not.toBeCloseTo(
      (teamA.rates.overdialRate! + teamB.rates.overdialRate!) / 2,
      3,
    );
    expect(sales.rates.hitRatio).toBe(1000 / 4000);
    expect(sales.calls).toEqual({
      dialed: 4000,
      answered: 1000,
      abandoned: 19,
      busyTime: 0,
      loggedInTime: 0,
    });
  });

  it("counts a group's agents from their states and sums the groups into the campaign", () => {
    const store = values([
      ["Agent", "ann", "State", "Ready"],
      ["Agent", "bob", "State", "Busy"],
      ["Agent", "cid", "State", "Ready"],
      ["Place", "P1", "State", "LoggedOut"],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    const teamB = figuresOf(store, "campaignGroup:Sales@Team B");
    const sales = figuresOf(store, "campaign:Sales");
    expect(teamA.kind === "campaignGroup" && teamA.agents).toEqual({
      loggedIn: 2,
      ready: 1,
      busy: 1,
      notReady: 0,
      afterCallWork: 0,
    });
    expect(teamB.kind === "campaignGroup" && teamB.agents?.ready).toBe(1);
    expect(sales.kind === "campaign" && sales.agents).toEqual({
      loggedIn: 3,
      ready: 2,
      busy: 1,
      notReady: 0,
      afterCallWork: 0,
    });
  });

  it("derives a campaign Running when one group runs and the other is only activated", () => {
    const store = values([
      ["CampaignGroup", "Sales@Team A", "Status", "Activated"],
      ["CampaignGroup", "Sales@Team B", "Status", "Running"],
      ["CampaignGroup", "Sales@Team B", "Waiting", "WaitingAgents"],
    ]);
    const sales = figuresOf(store, "campaign:Sales");
    expect(sales.kind === "campaign" && sales.status).toBe("Running");
    expect(sales.kind === "campaign" && sales.groups).toEqual({
      running: 1,
      activated: 1,
      deactivated: 0,
      waiting: 1,
    });
    const root = figuresOf(store, "root:-");
    expect(root.kind === "root" && root.groups.running).toBe(1);
  });

  it("shows an activated group as NoDial with no waiting sub-state whatever was last sent", () => {
    const store = values([
      ["CampaignGroup", "Sales@Team A", "Status", "Activated"],
      ["CampaignGroup", "Sales@Team A", "DialMode", "Predict"],
      ["CampaignGroup", "Sales@Team A", "Waiting", "WaitingAgents"],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    expect(teamA).toMatchObject({ status: "Activated", dialMode: "NoDial", waiting: null });
  });

  it("prefers an object's own reported figure to the sum of its children", () => {
    const store = values([
      ["Agent", "ann", "State", "Ready"],
      ["CampaignGroup", "Sales@Team A", "AgentsReady", 7],
      ["CampaignGroup", "Sales@Team A", "AgentsLoggedIn", 9],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    expect(teamA.kind === "campaignGroup" && teamA.agents?.ready).toBe(7);
  });

  it("uses reported rates for a group that sends rates but no counts (OCS)", () => {
    const store = values([
      ["CampaignGroup", "Sales@Team A", "OverdialRate", 0.02],
      ["CampaignGroup", "Sales@Team A", "HitRatio", 0.3],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    expect(teamA.kind === "campaignGroup" && teamA.rates).toEqual({
      busyFactor: null,
      hitRatio: 0.3,
      overdialRate: 0.02,
    });
  });

  it("estimates time to complete from records ready over the consumption rate", () => {
    const store = values([
      ["CampaignCallingList", "Sales@Leads", "RecordsReady", 600],
      ["CampaignCallingList", "Sales@Leads", "ConsumptionRate", 1200],
      ["CampaignCallingList", "Sales@Leads", "RecordsProcessed", 50],
    ]);
    const list = figuresOf(store, "campaignCallingList:Sales@Leads");
    const sales = figuresOf(store, "campaign:Sales");
    expect(list.kind === "campaignCallingList" && list.timeToComplete).toBe(1800);
    expect(sales.kind === "campaign" && sales.records).toEqual({
      ready: 600,
      processed: 50,
      consumptionRate: 1200,
    });
    expect(sales.kind === "campaign" && sales.timeToComplete).toBe(1800);
  });

  it("marks a periodic figure stale past twice its interval but never an event-driven one", () => {
    const old = NOW - 25_000;
    const store = values(
      [
        ["CampaignGroup", "Sales@Team A", "Status", "Running"],
        ["CampaignGroup", "Sales@Team A", "Dialed", 10],
        ["CampaignGroup", "Sales@Team B", "Status", "Deactivated"],
        ["CampaignGroup", "Sales@Team B", "Dialed", 10],
        ["Agent", "ann", "State", "Ready"],
      ],
      old,
    );
    const stats = rollUp(sampleHierarchy(), store, OPTIONS);
    expect(stats[sampleNode("campaignGroup:Sales@Team A")]?.stale).toBe(true);
    expect(stats[sampleNode("campaignGroup:Sales@Team B")]?.stale).toBe(false);
    expect(stats[sampleNode("agent:A/ann")]?.stale).toBe(false);
    expect(stats[sampleNode("campaign:Sales")]?.stale).toBe(true);
    const fresh = rollUp(sampleHierarchy(), store, { ...OPTIONS, now: old + 20_000 });
    expect(fresh[sampleNode("campaignGroup:Sales@Team A")]?.stale).toBe(false);
  });

  it("never marks stale a figure from the Statistics API, which notifies only on change", () => {
    const store = new StatValues();
    const old = NOW - 60_000;
    for (const [statistic, value] of [
      ["Status", "Running"],
      ["Dialed", 10],
    ] as const) {
      store.apply(
        {
          objectType: "CampaignGroup",
          objectId: "Sales@Team A",
          statistic,
          value,
          timestamp: old,
          source: "statServer",
        },
        old,
      );
    }
    const stats = rollUp(sampleHierarchy(), store, OPTIONS);
    expect(stats[sampleNode("campaignGroup:Sales@Team A")]?.stale).toBe(false);
  });

  it("reports when a node's figures last changed, its own or beneath it", () => {
    const store = new StatValues();
    store.apply(
      { objectType: "Agent", objectId: "bob", statistic: "State", value: "Ready", timestamp: 5 },
      500,
    );
    store.apply(
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team B",
        statistic: "Status",
        value: "Running",
        timestamp: 6,
      },
      300,
    );
    const stats = rollUp(sampleHierarchy(), store, OPTIONS);
    expect(stats[sampleNode("campaignGroup:Sales@Team A")]?.lastChanged).toBe(500);
    expect(stats[sampleNode("campaignGroup:Sales@Team B")]?.lastChanged).toBe(300);
    expect(stats[sampleNode("campaign:Sales")]?.lastChanged).toBe(500);
    expect(stats[sampleNode("campaign:Retention")]?.lastChanged).toBeNull();
  });

  it("reads a value of the wrong type for a known statistic as absent", () => {
    const store = values([
      ["CampaignGroup", "Sales@Team A", "Status", "Dancing"],
      ["CampaignGroup", "Sales@Team A", "Dialed", "many"],
    ]);
    const teamA = figuresOf(store, "campaignGroup:Sales@Team A");
    expect(teamA).toMatchObject({ status: null, calls: null, dialMode: null });
  });

  it("gives a group Stat Server refused no figures, and leaves it out of its campaign", () => {
    const store = values([
      ["CampaignGroup", "Sales@Team A", "$verdict", "refused"],
      ["CampaignGroup", "Sales@Team A", "$refusal", "Object not found"],
      ["Agent", "ann", "State", "Ready"],
      ["Agent", "bob", "State", "Ready"],
      ["CampaignGroup", "Sales@Team B", "Status", "Running"],
      ["Agent", "cid", "State", "Ready"],
    ]);
    const stats = rollUp(sampleHierarchy(), store, OPTIONS);
    const teamA = stats[sampleNode("campaignGroup:Sales@Team A")]!;
    expect(teamA.figures).toMatchObject({ status: null, agents: null, calls: null });
    expect(teamA.stale).toBe(false);
    const sales = figuresOf(store, "campaign:Sales");
    if (sales.kind !== "campaign") throw new Error("kind");
    expect(sales.groups).toEqual({ running: 1, activated: 0, deactivated: 0, waiting: 0 });
    expect(sales.agents?.ready).toBe(1);
  });

  it("leaves out the figures of an unavailable source and marks the nodes above them", () => {
    const store = new StatValues();
    const at = { timestamp: NOW, objectType: "CampaignGroup" as const };
    store.apply({ ...at, objectId: "Sales@Team A", statistic: "Status", value: "Running" }, NOW);
    store.apply(
      {
        ...at,
        objectId: "Sales@Team B",
        statistic: "Status",
        value: "Running",
        source: "statServer",
      },
      NOW,
    );
    store.apply(
      { ...at, objectId: "Sales@Team B", statistic: "Dialed", value: 40, source: "statServer" },
      NOW,
    );
    expect(store.get("CampaignGroup", "Sales@Team B", "Status")?.source).toBe("statServer");
    const down = { ...OPTIONS, unavailable: new Set(["statServer"] as const) };
    const stats = rollUp(sampleHierarchy(), store, down);
    const teamB = stats[sampleNode("campaignGroup:Sales@Team B")]!;
    expect(teamB.unavailable).toBe(true);
    expect(teamB.figures).toMatchObject({ status: null, calls: null });
    expect(stats[sampleNode("campaignGroup:Sales@Team A")]!.unavailable).toBeUndefined();
    expect(stats[sampleNode("campaign:Sales")]!.unavailable).toBe(true);
    // Unavailable is not stale (nor is an old value of the API, which notifies on change).
    const later = { now: NOW + 60_000 };
    expect(
      rollUp(sampleHierarchy(), store, { ...down, ...later })[
        sampleNode("campaignGroup:Sales@Team B")
      ]!.stale,
    ).toBe(false);

    const back = rollUp(sampleHierarchy(), store, OPTIONS);
    expect(back[sampleNode("campaignGroup:Sales@Team B")]!.figures).toMatchObject({
      status: "Running",
    });
    expect(back[sampleNode("campaign:Sales")]!.unavailable).toBeUndefined();
  });
});
