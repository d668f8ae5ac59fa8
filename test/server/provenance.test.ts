import { afterEach, describe, expect, it } from "vitest";
import { statKey } from "../../src/model/stats/StatKey";
import { describeConfiguration } from "../../src/node/server/describeConfiguration";
import { runSimulation } from "../../src/node/server/runSimulation";
import { sampleHierarchy } from "../model/stats/sampleHierarchy";
import { SseReader } from "./SseReader";
import { startRedis } from "./startRedis";
import { SECRET, startTestServer, TOKEN, type TestServer } from "./startTestServer";

const KEYS = new Set([statKey("CampaignGroup", "Sales@Team A"), statKey("Campaign", "Sales")]);
const CONFIGURATION = describeConfiguration([{ name: "sales.json" }], KEYS, false);

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const snapshot = async () =>
  (await (await fetch(`${server.url}/api/snapshot`)).json()) as {
    values: { id: string; stat: string; src?: string }[];
    configuration?: unknown;
  };

describe("the source of every value on the server's stream", () => {
  it("marks OCS's values ocs and a feeder's feed, in the stream and the snapshot", async () => {
    server = await startTestServer({ configuration: CONFIGURATION });
    const reader = await SseReader.open(`${server.url}/api/stream`);
    await reader.until((events) => events.some((e) => e.event === "hello"));
    expect(
      (
        await post(`/api/ocs/campaign-group-state?secret=${SECRET}`, {
          GSW_CAMPAIGN_NAME: "Sales",
          GSW_GROUP_NAME: "Team A",
          GSW_STAT_HIT_RATIO: 0.3,
        })
      ).status,
    ).toBe(202);
    expect(
      (
        await post(
          "/api/stats",
          [
            {
              objectType: "CampaignGroup",
              objectId: "Sales@Team B",
              statistic: "Dialed",
              value: 5,
            },
          ],
          { authorization: `Bearer ${TOKEN}` },
        )
      ).status,
    ).toBe(202);
    await reader.until(() => reader.updates().some((u) => u.id === "Sales@Team B"));
    const sources = new Map(
      reader.updates().map((u) => [`${u.id}/${u.stat}`, (u as { src?: string }).src]),
    );
    expect(sources.get("Sales@Team A/HitRatio")).toBe("ocs");
    expect(sources.get("Sales/Status")).toBe("ocs");
    expect(sources.get("Sales@Team B/Dialed")).toBe("feed");
    const held = await snapshot();
    expect(held.values.find((v) => v.stat === "HitRatio")?.src).toBe("ocs");
    expect(held.values.find((v) => v.stat === "Dialed")?.src).toBe("feed");
    reader.close();
  });

  it("marks the simulator's values sim, and keeps OCS's value and mark when the simulator reports", async () => {
    server = await startTestServer();
    await post(`/api/ocs/campaign-group-state?secret=${SECRET}`, {
      GSW_CAMPAIGN_NAME: "Sales",
      GSW_GROUP_NAME: "Team A",
      GSW_CAMPAIGN_GROUP_STATE: "Running",
      GSW_DIAL_MODE: 1,
    });
    const stop = runSimulation(server.hub, sampleHierarchy(), 3, 20);
    try {
      await expect
        .poll(() => server.hub.values.get("CampaignGroup", "Sales@Team B", "Status")?.source, {
          timeout: 5000,
        })
        .toBe("simulated");
      expect(server.hub.values.get("CampaignGroup", "Sales@Team A", "Status")).toMatchObject({
        value: "Running",
        source: "ocs",
      });
      const held = await snapshot();
      expect(held.values.find((v) => v.id === "Sales@Team B" && v.stat === "Status")?.src).toBe(
        "sim",
      );
    } finally {
      stop();
    }
  });
});

describe("the configuration the server states", () => {
  it("is in the snapshot and health: its files, objects and fingerprint", async () => {
    server = await startTestServer({ configuration: CONFIGURATION });
    expect((await snapshot()).configuration).toEqual({
      files: ["sales.json"],
      objects: 2,
      fingerprint: CONFIGURATION.fingerprint,
      simulated: false,
    });
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as object;
    expect(health).toMatchObject({ configuration: { files: ["sales.json"], objects: 2 } });
  });

  it("is left out when the server loaded none", async () => {
    server = await startTestServer();
    expect(await snapshot()).not.toHaveProperty("configuration");
  });
});

describe("sources kept in Redis", () => {
  it("survive a restart, and reach a server reading the log, for every source", async () => {
    const redis = await startRedis();
    try {
      const first = await startTestServer({ redisUrl: redis.url, ringSize: 1000 });
      const at = {
        objectType: "CampaignGroup" as const,
        statistic: "Dialed",
        value: 1,
        timestamp: 1,
      };
      await first.hub.publish([
        { ...at, objectId: "From OCS", source: "ocs" },
        { ...at, objectId: "From a feeder", source: "feeder" },
        { ...at, objectId: "From Stat Server", source: "statServer" },
        { ...at, objectId: "Unsaid" },
      ]);
      await first.hub.publish([{ ...at, objectId: "Simulated", source: "simulated" }], "simulator");
      await first.close();
      server = await startTestServer({ redisUrl: redis.url, ringSize: 1000 });
      const sourceOf = (id: string) =>
        server.hub.values.get("CampaignGroup", id, "Dialed")?.source ?? "unknown";
      expect(
        ["From OCS", "From a feeder", "From Stat Server", "Unsaid", "Simulated"].map(sourceOf),
      ).toEqual(["ocs", "feeder", "statServer", "unknown", "simulated"]);
      const held = await snapshot();
      expect(held.values.map((v) => [v.id, v.src ?? null]).sort()).toEqual(
        [
          ["From OCS", "ocs"],
          ["From Stat Server", "api"],
          ["From a feeder", "feed"],
          ["Simulated", "sim"],
          ["Unsaid", null],
        ].sort(),
      );
    } finally {
      await server?.close();
      await redis.close();
    }
  });
});
