import { afterEach, describe, expect, it } from "vitest";
import { loadHierarchy, type LoadedHierarchy } from "../../../src/node/server/loadHierarchy";
import { DEFAULT_STATISTICS_MAPPING } from "../../../src/node/server/statisticsApi/statisticsMapping";
import {
  StatisticsApiSource,
  type StatisticsApiSourceOptions,
} from "../../../src/node/server/statisticsApi/StatisticsApiSource";
import {
  StatsApiStandIn,
  type StandInOptions,
} from "../../support/statsApiStandIn/StatsApiStandIn";
import { SseReader } from "../SseReader";
import { startTestServer, type TestServer } from "../startTestServer";

const CONFIG = "test/fixtures/statisticsApi/sales-small.json";

/** Every object of sales-small.json the default mapping asks about, except the misnamed group. */
const KNOWN: [string, string][] = [
  ["Campaign", "Sales"],
  ["CampaignGroup", "Sales@Team A"],
  ["GroupAgents", "Team A"],
  ["GroupAgents", "Team B"],
  ["Agent", "E1"],
  ["Agent", "E2"],
  ["CampaignCallingList", "Sales@Leads"],
  ["CallingList", "Leads"],
];

interface WireItem {
  readonly type: string;
  readonly id: string;
  readonly stat: string;
  readonly value: unknown;
  readonly ts: number;
  readonly src?: string;
}

function wireUpdates(reader: SseReader): WireItem[] {
  return reader.events
    .filter((e) => e.event === "updates")
    .flatMap((e) => JSON.parse(e.data) as WireItem[]);
}

function sourceEvents(reader: SseReader): { available: boolean; reason: string | null }[] {
  return reader.events
    .filter((e) => e.event === "source")
    .map((e) => JSON.parse(e.data) as { available: boolean; reason: string | null });
}

async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the Statistics API source, against the stand-in over real sockets", () => {
  let standIn: StatsApiStandIn | undefined;
  let server: TestServer | undefined;
  let source: StatisticsApiSource | undefined;
  let reader: SseReader | undefined;
  afterEach(async () => {
    reader?.close();
    await source?.close();
    await server?.close();
    await standIn?.close();
    reader = undefined;
    source = undefined;
  });

  async function setUp(
    standInOptions: Partial<StandInOptions> = {},
    sourceOptions: (standIn: StatsApiStandIn) => Partial<StatisticsApiSourceOptions> = () => ({}),
    startSource = true,
  ): Promise<LoadedHierarchy> {
    standIn = await StatsApiStandIn.start({
      known: KNOWN,
      apiKey: "site-key",
      token: "env-token",
      connectTimeoutMs: 300,
      ...standInOptions,
    });
    server = await startTestServer();
    reader = await SseReader.open(`${server.url}/api/stream`);
    const loaded = loadHierarchy([CONFIG]);
    source = new StatisticsApiSource(server.hub, {
      baseUrl: standIn.apiUrl,
      credentials: { apiKey: "site-key", token: "env-token", oauth: null },
      mapping: DEFAULT_STATISTICS_MAPPING,
      backoffMs: 20,
      maxBackoffMs: 200,
      lostGraceMs: 100,
      ...sourceOptions(standIn),
    });
    if (startSource) await source.start((await loaded).hierarchy);
    return await loaded;
  }

  function figure(type: string, id: string, stat: string): WireItem[] {
    return wireUpdates(reader!).filter((u) => u.type === type && u.id === id && u.stat === stat);
  }

  it("streams a figure the stand-in publishes to /api/stream, marked as from the API", async () => {
    await setUp();
    const start = Date.now();
    standIn!.publish([
      {
        objectType: "CampaignGroup",
        objectId: "Sales@Team A",
        statistic: "CampaignGroupStatus",
        value: "Running",
        timestamp: start + 1,
      },
    ]);
    await reader!.until(
      () => figure("CampaignGroup", "Sales@Team A", "Status").at(-1)?.value === "Running",
    );
    expect(figure("CampaignGroup", "Sales@Team A", "Status").at(-1)).toEqual({
      seq: expect.any(Number) as number,
      type: "CampaignGroup",
      id: "Sales@Team A",
      stat: "Status",
      value: "Running",
      ts: start + 1,
      src: "api",
    });
    expect(figure("CampaignGroup", "Sales@Team A", "$verdict").at(-1)?.value).toBe("known");
    // The campaign itself has a Stat Server id, so its statistics are opened too.
    expect(figure("Campaign", "Sales", "$verdict").at(-1)?.value).toBe("known");
    expect(standIn!.subscriptions.size).toBeGreaterThan(0);
    expect(
      [...standIn!.subscriptions.values()].some((sub) =>
        [...sub.statistics.values()].some(
          (stat) => stat.objectType === "Campaign" && stat.name === "CampaignDialed",
        ),
      ),
    ).toBe(true);
    const snapshot = (await (await fetch(`${server!.url}/api/snapshot`)).json()) as {
      sources: unknown[];
    };
    expect(snapshot.sources).toEqual([
      { source: "api", available: true, reason: null, since: expect.any(Number) as number },
    ]);
  });

  it("publishes Stat Server's refusal of the misnamed group, and counts it in /api/health", async () => {
    await setUp();
    await reader!.until(() => figure("CampaignGroup", "Sales@Team B", "$refusal").length > 0);
    expect(figure("CampaignGroup", "Sales@Team B", "$verdict").map((u) => u.value)).toEqual([
      "refused",
    ]);
    expect(figure("CampaignGroup", "Sales@Team B", "$refusal").map((u) => u.value)).toEqual([
      "Object not found",
    ]);
    // A refused object gets no figures.
    expect(
      wireUpdates(reader!).filter((u) => u.id === "Sales@Team B" && !u.stat.startsWith("$")),
    ).toEqual([]);
    const health = (await (await fetch(`${server!.url}/api/health`)).json()) as {
      sources: { source: string; statistics: Record<string, number> }[];
    };
    expect(health.sources[0]?.statistics).toMatchObject({
      requested: 53,
      opened: 42,
      refused: 11,
      failing: 0,
    });
  });

  it("renews an OAuth token that the API stops accepting, and keeps streaming", async () => {
    const oauth = { clientId: "lens", clientSecret: "s3cret", expiresInSeconds: 3600 };
    const { hierarchy } = await setUp({ token: null, oauth }, (s) => ({
      credentials: {
        apiKey: "site-key",
        token: null,
        oauth: { tokenUrl: s.tokenUrl, clientId: "lens", clientSecret: "s3cret" },
      },
      lostGraceMs: 5000,
    }));
    expect(standIn!.tokensIssued).toBe(1);

    standIn!.expireTokens();
    // The next long poll is refused with 401; the source renews and CometD carries on.
    await until(() => standIn!.tokensIssued === 2, "a renewed token");
    standIn!.publish([
      { objectType: "Agent", objectId: "E1", statistic: "CurrentAgentState", value: "Ready" },
    ]);
    await reader!.until(() => figure("Agent", "E1", "State").some((u) => u.value === "Ready"));

    // REST requests renew too: reloading reopens every subscription with a fresh token.
    standIn!.expireTokens();
    await source!.load(hierarchy);
    expect(standIn!.tokensIssued).toBe(3);
    expect(standIn!.openStatistics).toBe(42);
  });

  it("backs off on 429 and keeps under the ceiling on requests per second", async () => {
    const { hierarchy } = await setUp(
      {},
      () => ({ batchSize: 6, concurrency: 4, requestsPerSecond: 4 }),
      false,
    );
    standIn!.failNext(3, 429);
    await source!.start(hierarchy);
    expect(source!.counters.retries).toBe(3);
    expect(source!.counters).toMatchObject({ requested: 53, opened: 42, refused: 11, failing: 0 });
    // Six subscriptions (an object's statistics are never split across two) and three retries.
    expect(standIn!.requests.length).toBe(6 + 3);
    expect(standIn!.maxRequestsWithin(1000)).toBeLessThanOrEqual(4);
  });

  it("recovers a dropped CometD session with no update lost or counted twice", async () => {
    await setUp();
    const start = Date.now();
    const dialed = (n: number) => ({
      objectType: "CampaignGroup",
      objectId: "Sales@Team A",
      statistic: "CampaignGroupDialed",
      value: n,
      timestamp: start + n,
    });
    for (let n = 1; n <= 5; n += 1) standIn!.publish([dialed(n)]);
    await reader!.until(
      () => figure("CampaignGroup", "Sales@Team A", "Dialed").at(-1)?.value === 5,
    );

    standIn!.dropNotifications();
    // Published while no session exists: the stand-in delivers these to nobody. Only the
    // latest (8) is still Stat Server's current value when the source reads values again.
    for (let n = 6; n <= 8; n += 1) standIn!.publish([dialed(n)]);
    await reader!.until(
      () => figure("CampaignGroup", "Sales@Team A", "Dialed").at(-1)?.value === 8,
    );
    for (let n = 9; n <= 12; n += 1) standIn!.publish([dialed(n)]);

    await reader!.until(
      () => figure("CampaignGroup", "Sales@Team A", "Dialed").at(-1)?.value === 12,
    );
    // The first value is the one read when the statistic opened (the stand-in held none: null).
    const [opened, ...values] = figure("CampaignGroup", "Sales@Team A", "Dialed").map(
      (u) => u.value as number | null,
    );
    expect(opened).toBeNull();
    // Every value sent while connected arrives once, in order, and the outage's last value is
    // read back exactly once.
    expect(values).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11, 12]);
    expect(source!.counters.resyncs).toBe(1);
  });

  it("marks its figures unavailable while Stat Server is, and reads them again when it is back", async () => {
    await setUp();
    standIn!.setAvailable(false);
    await reader!.until(() => sourceEvents(reader!).at(-1)?.available === false);
    expect(sourceEvents(reader!).at(-1)).toMatchObject({
      available: false,
      reason: "Stat Server unavailable",
    });
    const down = (await (await fetch(`${server!.url}/api/snapshot`)).json()) as {
      sources: { available: boolean }[];
    };
    expect(down.sources[0]?.available).toBe(false);

    // Changed during the outage: not sent, so only a read after recovery can bring it.
    standIn!.publish([
      {
        objectType: "CallingList",
        objectId: "Leads",
        statistic: "CallingListRecordsReady",
        value: 420,
      },
    ]);
    standIn!.setAvailable(true);
    await reader!.until(() => sourceEvents(reader!).at(-1)?.available === true);
    await reader!.until(() => figure("CallingList", "Leads", "RecordsReady").at(-1)?.value === 420);
  });

  it("closes the old subscriptions when the configuration is loaded again", async () => {
    const loaded = await setUp();
    const before = [...standIn!.subscriptions.keys()];
    expect(before.length).toBeGreaterThan(0);
    await source!.load(loaded.hierarchy);
    const after = [...standIn!.subscriptions.keys()];
    expect(after.length).toBe(before.length);
    expect(after.filter((id) => before.includes(id))).toEqual([]);
    expect(standIn!.openStatistics).toBe(42);
  });
});
