import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import type { ServerOptions } from "../../src/node/server/ServerOptions";
import { SECRET, startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
});

async function start(overrides: Partial<ServerOptions> = {}): Promise<TestServer> {
  server = await startTestServer(overrides);
  return server;
}

function stalledResume(url: string, lastEventId: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(
        `GET /api/stream?lastEventId=${lastEventId} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
      );
      socket.pause();
      resolve(socket);
    });
    socket.on("error", () => {});
    sockets.push(socket);
  });
}

function fill(hub: TestServer["hub"], count: number): void {
  const updates: StatUpdate[] = Array.from({ length: count }, (_, i) => ({
    objectType: "Agent",
    objectId: `agent-${i}`,
    statistic: "State",
    value: `Ready-${"x".repeat(60)}-${i}`,
    timestamp: i + 1,
  }));
  void hub.publish(updates);
  hub.flush();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("behind a reverse proxy", () => {
  it("counts failed credentials per forwarded client, not per proxy, when the proxy is trusted", async () => {
    const { url } = await start({ trustedProxies: ["127.0.0.1"], authFailuresPerMinute: 3 });
    const post = (client: string, secret: string) =>
      fetch(`${url}/api/ocs/campaign-group-state?secret=${secret}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": client },
        body: JSON.stringify({ GSW_CAMPAIGN_NAME: "C", GSW_GROUP_NAME: "G" }),
      });
    for (let i = 0; i < 4; i += 1) await post("203.0.113.7", "wrong-guess");
    expect((await post("203.0.113.7", SECRET)).status).toBe(429);
    expect((await post("198.51.100.2", SECRET)).status).toBe(202);
  });
});

describe("stream slots", () => {
  it("answers a repeated lastEventId with a stream, not a 500", async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/stream?lastEventId=a-1&lastEventId=b-2`);
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });

  it("lets go of a resuming client that stops reading mid-replay, freeing its slot", async () => {
    const { url, hub } = await start({
      ringSize: 60_000,
      maxReplayUpdates: 60_000,
      maxConcurrentReplays: 1,
      replayTimeoutMs: 300,
    });
    fill(hub, 60_000);
    await stalledResume(url, `${hub.instance}-1`);
    await wait(50);
    expect((await fetch(`${url}/api/stream?lastEventId=${hub.instance}-1`)).status).toBe(503);
    await wait(600);
    const again = await fetch(`${url}/api/stream?lastEventId=${hub.instance}-59990`);
    expect(again.status).toBe(200);
    await again.body?.cancel();
    expect(server!.counters.slowClientsDisconnected).toBe(1);
  });

  it("caps the replays one address runs at once", async () => {
    const { url, hub } = await start({
      ringSize: 60_000,
      maxReplayUpdates: 60_000,
      maxReplaysPerAddress: 2,
    });
    fill(hub, 60_000);
    await stalledResume(url, `${hub.instance}-1`);
    await stalledResume(url, `${hub.instance}-1`);
    await wait(50);
    expect((await fetch(`${url}/api/stream?lastEventId=${hub.instance}-1`)).status).toBe(503);
    const fresh = await fetch(`${url}/api/stream`);
    expect(fresh.status).toBe(200);
    await fresh.body?.cancel();
  });
});

describe("feeders and the simulator", () => {
  it("lets a feeder take a statistic over from the simulator even with an older timestamp", async () => {
    const { url, hub } = await start();
    await hub.publish(
      [
        {
          objectType: "Campaign",
          objectId: "Sales",
          statistic: "RecordsReady",
          value: 10,
          timestamp: 5_000,
        },
      ],
      "simulator",
    );
    const response = await fetch(`${url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([
        {
          objectType: "Campaign",
          objectId: "Sales",
          statistic: "RecordsReady",
          value: 7,
          timestamp: 4_000,
        },
      ]),
    });
    expect(await response.json()).toEqual({ accepted: 1 });
    expect(hub.values.get("Campaign", "Sales", "RecordsReady")?.value).toBe(7);
  });

  it("bounds the statistics one object may hold", async () => {
    const { url, hub } = await start({ maxStatisticsPerObject: 3 });
    const response = await fetch(`${url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(
        ["A", "B", "C", "D", "E"].map((statistic) => ({
          objectType: "Campaign",
          objectId: "Sales",
          statistic,
          value: 1,
        })),
      ),
    });
    expect(await response.json()).toMatchObject({ accepted: 3, refused: 2 });
    const next = await fetch(`${url}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([
        { objectType: "Campaign", objectId: "Sales", statistic: "F", value: 1 },
        { objectType: "Campaign", objectId: "Sales", statistic: "A", value: 2 },
      ]),
    });
    expect(await next.json()).toMatchObject({ accepted: 1, refused: 1 });
    expect(hub.values.object("Campaign", "Sales")?.size).toBe(3);
  });
});

describe("refusals", () => {
  it("closes the connection after a 429", async () => {
    const { url } = await start({ readPerMinute: 1 });
    await fetch(`${url}/api/health`);
    const limited = await fetch(`${url}/api/health`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("connection")).toBe("close");
  });

  it("refuses a page of another port on the same machine", async () => {
    const { url } = await start();
    const { port } = new URL(url);
    const other = await fetch(`${url}/api/snapshot`, {
      headers: { origin: "http://127.0.0.1:3000" },
    });
    expect(other.status).toBe(403);
    const same = await fetch(`${url}/api/snapshot`, {
      headers: { origin: `http://127.0.0.1:${port}` },
    });
    expect(same.status).toBe(200);
  });
});
