import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { RedisHub } from "../../src/node/server/RedisHub";
import { SseReader } from "./SseReader";
import { startRedis, type TestRedis } from "./startRedis";
import { SECRET, startTestServer, TOKEN, type TestServer } from "./startTestServer";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function redis(options: { persistent?: boolean } = {}): Promise<TestRedis> {
  const started = await startRedis(options);
  cleanups.push(() => started.close());
  return started;
}

async function server(redisUrl: string, overrides = {}): Promise<TestServer> {
  const started = await startTestServer({ redisUrl, ringSize: 1000, ...overrides });
  let closed = false;
  cleanups.push(async () => {
    if (!closed) await started.close();
  });
  return {
    ...started,
    close: async () => {
      closed = true;
      await started.close();
    },
  };
}

async function reader(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const opened = await SseReader.open(`${url}/api/stream`, headers);
  cleanups.push(async () => opened.close());
  await opened.until((events) => events.some((e) => e.event === "hello"));
  return opened;
}

/** `count` updates of distinct agents, valued by their number, so that each can be told apart. */
function agents(from: number, count: number, timestamp = 1_000): StatUpdate[] {
  return Array.from({ length: count }, (_, i) => ({
    objectType: "Agent" as const,
    objectId: `agent-${from + i}`,
    statistic: "Calls",
    value: from + i,
    timestamp,
  }));
}

function postStats(url: string, updates: readonly StatUpdate[]) {
  return fetch(`${url}/api/stats`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(updates),
  });
}

async function health(url: string): Promise<{ ready: boolean; liveState: string; seq: number }> {
  return (await (await fetch(`${url}/api/health`)).json()) as never;
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the condition");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const values = (from: SseReader) => from.updates().map((u) => u.value);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("live state in Redis", () => {
  it("keeps a Statistics API value's source through the shared log and a restart, and lets no simulated figure replace it", async () => {
    const store = await redis();
    const a = await server(store.url);
    const b = await server(store.url);
    const onB = await reader(b.url);
    const api: StatUpdate = {
      objectType: "CampaignGroup",
      objectId: "Sales@Team A",
      statistic: "HitRatio",
      value: 0.3,
      timestamp: 1_000,
      source: "statServer",
    };
    await a.hub.publish([api]);
    await onB.until(() => onB.updates().length === 1);
    expect(JSON.parse(onB.events.find((e) => e.event === "updates")!.data)).toEqual([
      expect.objectContaining({ id: "Sales@Team A", src: "api" }),
    ]);
    await b.hub.publish([{ ...api, value: 0.9, timestamp: 2_000, source: undefined }], "simulator");
    await a.close();
    const again = await server(store.url);
    expect(again.hub.values.get("CampaignGroup", "Sales@Team A", "HitRatio")).toMatchObject({
      value: 0.3,
      source: "statServer",
    });
  });

  it("says where the live state is: in memory by default, lost on restart", async () => {
    const memory = await startTestServer();
    cleanups.push(() => memory.close());
    expect(await health(memory.url)).toMatchObject({
      ready: true,
      liveState: "memory (lost on restart)",
    });
    const { url } = await redis();
    const shared = await server(url);
    expect(await health(shared.url)).toMatchObject({ ready: true, liveState: "redis" });
  });

  it("refuses to start when Redis cannot be reached, naming it without its password", async () => {
    const store = await redis();
    await store.stop();
    const unreachable = `redis://user:hunter2-password@127.0.0.1:${new URL(store.url).port}`;
    const error = await RedisHub.open({
      url: unreachable,
      ringSize: 10,
      flushMs: 5,
      intervalMs: 10_000,
      connectTimeoutMs: 1000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^cannot reach Redis at redis:\/\/\*\*\*:\*\*\*@/);
    expect((error as Error).message).not.toContain("hunter2");
  });

  it("resumes a client exactly where it was after the server restarts, last values intact", async () => {
    const { url } = await redis();
    const first = await server(url);
    const before = await reader(first.url);
    expect((await postStats(first.url, agents(1, 60))).status).toBe(202);
    await before.until(() => before.updates().length === 60);
    const resumeFrom = before.lastEventId()!;
    before.close();
    // Accepted while the client is away, then the server stops.
    expect((await postStats(first.url, agents(61, 7))).status).toBe(202);
    await eventually(() => first.hub.seq === 67);
    const snapshotBefore = (await (await fetch(`${first.url}/api/snapshot`)).json()) as {
      values: unknown[];
    };
    await first.close();

    const second = await server(url);
    const snapshot = (await (await fetch(`${second.url}/api/snapshot`)).json()) as {
      seq: number;
      values: { id: string; value: unknown; received: number }[];
    };
    expect(snapshot.seq).toBe(67);
    expect(snapshot.values).toHaveLength(67);
    expect(snapshot.values).toEqual(expect.arrayContaining(snapshotBefore.values));

    const after = await reader(second.url, { "last-event-id": resumeFrom });
    expect((await postStats(second.url, agents(68, 3))).status).toBe(202);
    await after.until(() => after.updates().length === 10);
    expect(after.events.some((e) => e.event === "reset")).toBe(false);
    expect([...values(before), ...values(after)]).toEqual(range(1, 70));
    expect(after.updates().map((u) => u.seq)).toEqual(range(61, 70));
  });

  it("sends what any server accepts to the clients of every server", async () => {
    const { url } = await redis();
    const a = await server(url);
    const b = await server(url);
    expect(a.hub.instance).toBe(b.hub.instance);
    const onA = await reader(a.url);
    const onB = await reader(b.url);
    expect((await postStats(a.url, agents(1, 3))).status).toBe(202);
    const ocs = await fetch(`${b.url}/api/ocs/campaign-group-state?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        GSW_CAMPAIGN_NAME: "Sales",
        GSW_GROUP_NAME: "Team A",
        GSW_DIAL_MODE: 1,
        GSW_STAT_BUSY_FACTOR: 0.85,
      }),
    });
    expect(ocs.status).toBe(202);
    for (const client of [onA, onB]) {
      await client.until(() => client.updates().some((u) => u.stat === "BusyFactor"));
      expect(values(client).slice(0, 3)).toEqual([1, 2, 3]);
    }
    expect(onA.updates()).toEqual(onB.updates());
    expect(onA.lastEventId()).toBe(onB.lastEventId());
  });

  it("lets a client ahead of this server's copy of the log wait for it, rather than reset", async () => {
    const { url } = await redis();
    const a = await server(url);
    expect((await postStats(a.url, agents(1, 5))).status).toBe(202);
    await eventually(() => a.hub.snapshotSeq === 5);
    // As if another server had already sent it updates 6 to 8, which this one has not read yet.
    const ahead = SseReader.open(`${a.url}/api/stream`, { "last-event-id": `${a.hub.instance}-8` });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await postStats(a.url, agents(6, 5))).status).toBe(202);
    const client = await ahead;
    cleanups.push(async () => client.close());
    await client.until(() => client.updates().length === 2);
    expect(client.events.map((e) => e.event)).not.toContain("reset");
    expect(client.updates().map((u) => u.seq)).toEqual([9, 10]);
  });

  it("keeps the newest value whichever server receives it, and counts the older as superseded", async () => {
    const { url } = await redis();
    const a = await server(url);
    const b = await server(url);
    const onB = await reader(b.url);
    const at = (timestamp: number, value: number): StatUpdate[] => [
      { objectType: "Agent", objectId: "agent-1", statistic: "Calls", value, timestamp },
    ];
    expect(await (await postStats(a.url, at(2000, 2))).json()).toEqual({ accepted: 1 });
    expect(await (await postStats(b.url, at(1000, 1))).json()).toMatchObject({
      accepted: 0,
      superseded: 1,
    });

    // Both servers at once, timestamps in any order: no older value is ever applied after a newer one.
    const order = Array.from({ length: 60 }, (_, i) => 3000 + ((i * 37) % 60));
    const answers = await Promise.all(
      order.map((timestamp, i) => postStats(i % 2 === 0 ? a.url : b.url, at(timestamp, timestamp))),
    );
    expect(answers.every((answer) => answer.status === 202)).toBe(true);
    await eventually(() => a.hub.values.get("Agent", "agent-1", "Calls")?.value === 3059);
    await onB.until(() => onB.updates().some((u) => u.value === 3059));
    const seen = onB.updates().map((u) => u.value as number);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(b.hub.values.get("Agent", "agent-1", "Calls")?.value).toBe(3059);
  });

  it("recovers when Redis restarts, reporting not ready meanwhile, and loses nothing it kept", async () => {
    const store = await redis({ persistent: true });
    const a = await server(store.url);
    const client = await reader(a.url);
    expect((await postStats(a.url, agents(1, 5))).status).toBe(202);
    await client.until(() => client.updates().length === 5);

    await store.stop();
    await eventually(async () => !(await health(a.url)).ready);
    const refused = await postStats(a.url, agents(6, 1));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(await refused.json()).toMatchObject({ error: "live state unavailable" });

    await store.start();
    await eventually(async () => (await health(a.url)).ready, 15_000);
    expect((await postStats(a.url, agents(6, 2))).status).toBe(202);
    await client.until(() => client.updates().length === 7);
    expect(values(client)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(client.events.some((e) => e.event === "reset")).toBe(false);
    expect(a.hub.values.get("Agent", "agent-3", "Calls")?.value).toBe(3);
  });

  it("starts a new epoch when Redis comes back empty: clients get a reset, not repeated positions", async () => {
    const store = await redis();
    const a = await server(store.url);
    const client = await reader(a.url);
    const epoch = a.hub.instance;
    expect((await postStats(a.url, agents(1, 5))).status).toBe(202);
    await client.until(() => client.updates().length === 5);
    const resumeFrom = client.lastEventId()!;

    await store.stop();
    await store.start();
    await eventually(async () => (await health(a.url)).ready && a.hub.instance !== epoch, 15_000);
    expect(a.hub.seq).toBe(0);
    expect(a.hub.values.size).toBe(0);
    expect((await postStats(a.url, agents(10, 1))).status).toBe(202);
    const again = await reader(a.url, { "last-event-id": resumeFrom });
    await again.until((events) => events.some((e) => e.event === "reset"));
    expect(again.events.find((e) => e.event === "reset")!.id).toMatch(
      new RegExp(`^${a.hub.instance}-`),
    );
  });

  it("still disconnects a client that stops reading, and the others get everything", async () => {
    const { url } = await redis();
    const a = await server(url, { maxQueuedBytes: 256 * 1024, ringSize: 100_000 });
    const stalled = await new Promise<Socket>((resolve) => {
      const socket = connect(Number(new URL(a.url).port), "127.0.0.1", () => {
        socket.write(
          "GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n",
        );
        socket.pause();
        resolve(socket);
      });
    });
    stalled.on("error", () => {});
    cleanups.push(async () => void stalled.destroy());
    const healthy = await reader(a.url);
    await eventually(() => a.hub.clients.size === 2);

    let published = 0;
    while (a.counters.slowClientsDisconnected === 0 && published < 100_000) {
      await a.hub.publish(agents(published, 2000));
      published += 2000;
      await eventually(() => a.hub.seq === published);
    }
    expect(a.counters.slowClientsDisconnected).toBe(1);
    await healthy.until(() => healthy.updates().length === published, 20_000);
    expect(values(healthy)).toEqual(range(0, published - 1));
  });
});
