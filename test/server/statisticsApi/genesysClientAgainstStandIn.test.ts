import { createRequire } from "node:module";
import { afterEach, describe, expect, it } from "vitest";
import { StatsApiStandIn } from "../../support/statsApiStandIn/StatsApiStandIn";

/** The part of Genesys's published client this test uses (it ships no types). */
interface GenesysStatistics {
  initialize(token: string): Promise<unknown>;
  createSubscription(
    operationId: string,
    descriptors: object[],
    verbose?: boolean,
  ): Promise<StatisticDataResponse>;
  peekSubscriptionStats(id: string): Promise<StatisticDataResponse>;
  deleteSubscription(id: string): Promise<unknown>;
  on(event: string, listener: (data: unknown) => void): void;
  destroy(): void;
}
interface StatisticDataResponse {
  status: { code: number };
  data: { statistics: { statisticId: string; value: unknown }[] };
  errors?: { status: { code: number; message: string; detail: object } }[];
}
type GenesysStatisticsClass = new (apiKey: string, baseUrl: string) => GenesysStatistics;

const require = createRequire(import.meta.url);

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the Statistics API stand-in, driven by Genesys's genesys-statistics-client-js", () => {
  let standIn: StatsApiStandIn | undefined;
  let client: GenesysStatistics | undefined;
  afterEach(async () => {
    client?.destroy();
    await standIn?.close();
  });

  it("lets the published client subscribe, read values and receive updates over CometD", async () => {
    standIn = await StatsApiStandIn.start({
      known: [["CampaignGroup", "Sales@Team A"]],
      apiKey: "key-123",
      token: "token-abc",
      connectTimeoutMs: 500,
    });
    standIn.publish([
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team A",
        statistic: "GroupStatus",
        value: "Running",
      },
    ]);
    const Statistics = require("genesys-statistics-client-js") as GenesysStatisticsClass;
    // The client appends /statistics/v3 to the base URL itself.
    client = new Statistics("key-123", standIn.url);
    const updates: unknown[] = [];
    const services: unknown[] = [];
    client.on("Updates", (data) => updates.push(data));
    client.on("ServiceChange", (data) => services.push(data));
    await client.initialize("token-abc");
    await until(() => standIn!.updateListeners === 1, "the client's CometD subscription");

    const opened = await client.createSubscription(
      "op-1",
      [
        {
          statisticId: "s1",
          objectId: "Sales@Team A",
          objectType: "CampaignGroup",
          name: "GroupStatus",
        },
        {
          statisticId: "s2",
          objectId: "Sales@Nobody",
          objectType: "CampaignGroup",
          name: "GroupStatus",
        },
      ],
      true,
    );
    expect(opened.status.code).toBe(0);
    expect(opened.data.statistics).toEqual([
      expect.objectContaining({ statisticId: "s1", value: "Running" }),
    ]);
    expect(opened.errors).toEqual([
      {
        status: {
          code: 2,
          message: "Object not found",
          detail: { statisticId: "s2", objectId: "Sales@Nobody", objectType: "CampaignGroup" },
        },
      },
    ]);
    expect((await client.peekSubscriptionStats("op-1")).data.statistics).toEqual([
      expect.objectContaining({ statisticId: "s1", value: "Running" }),
    ]);

    standIn.publish([
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team A",
        statistic: "GroupStatus",
        value: "Activated",
        timestamp: 1_700_000_000_000,
      },
    ]);
    await until(() => updates.length === 1, "an update");
    expect(updates[0]).toEqual({
      subscriptionId: "op-1",
      statistics: [
        {
          statisticId: "s1",
          name: "GroupStatus",
          objectId: "Sales@Team A",
          objectType: "CampaignGroup",
          timestamp: 1_700_000_000_000,
          value: "Activated",
        },
      ],
    });

    standIn.setAvailable(false);
    await until(() => services.length === 1, "a service change");
    expect(services[0]).toEqual({ serviceState: "Unavailable" });

    standIn.setAvailable(true);
    await client.deleteSubscription("op-1");
    expect(standIn.subscriptions.size).toBe(0);
  });
});
