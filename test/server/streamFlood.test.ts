import { connect, type Socket } from "node:net";
import type { Socket as ServerSocket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import type { ServerOptions } from "../../src/node/server/ServerOptions";
import { SseReader } from "./SseReader";
import { startTestServer, TOKEN, type TestServer } from "./startTestServer";

let server: TestServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server?.close();
  server = undefined;
});

async function start(
  overrides: Partial<ServerOptions>,
): Promise<{ url: string; serverSockets: ServerSocket[] }> {
  server = await startTestServer(overrides);
  const serverSockets: ServerSocket[] = [];
  server.app.server.on("connection", (socket: ServerSocket) => serverSockets.push(socket));
  return { url: server.url, serverSockets };
}

let published = 0;
function fill(count: number): void {
  const updates: StatUpdate[] = Array.from({ length: count }, (_, i) => ({
    objectType: "Agent",
    objectId: `agent-${i % 5000}`,
    statistic: "State",
    value: `Ready-${"x".repeat(40)}-${i}`,
    timestamp: published + i + 1,
  }));
  published += count;
  server!.hub.publish(updates);
  server!.hub.flush();
}

/** A raw client that asks to resume and then never reads. */
function stalledResume(url: string, lastEventId: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(
        `GET /api/stream?lastEventId=${lastEventId} HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n`,
      );
      socket.pause();
      resolve(socket);
    });
    socket.on("error", () => {});
    sockets.push(socket);
  });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("resume floods", () => {
  it("holds a chunk, not a whole replay, for each resuming client that does not read", async () => {
    const { url, serverSockets } = await start({
      ringSize: 60_000,
      maxReplayUpdates: 60_000,
      maxReplaysPerAddress: 100,
    });
    fill(60_000); // about 6 MB to replay per client
    const oldest = `${server!.hub.instance}-${server!.hub.oldestSeq - 1}`;
    for (let i = 0; i < 20; i += 1) await stalledResume(url, oldest);
    await settle(300);
    const buffered = serverSockets.reduce((sum, socket) => sum + socket.writableLength, 0);
    // Each stalled client holds at most a chunk or two beyond what the kernel took.
    expect(buffered).toBeLessThan(20 * 256 * 1024);
    expect(server!.counters.replays).toBe(20);
  });

  it("delivers a long replay in order to a client that reads, followed by live updates", async () => {
    await start({ ringSize: 20_000, maxReplayUpdates: 20_000 });
    fill(12_000);
    const reader = await SseReader.open(
      `${server!.url}/api/stream?lastEventId=${server!.hub.instance}-0`,
    );
    fill(10);
    await reader.until(() => reader.updates().length === 12_010, 20_000);
    expect(reader.updates().every((u, i) => u.seq === i + 1)).toBe(true);
    const kinds = reader.events.map((e) => e.event);
    expect(kinds.indexOf("hello")).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf("hello") + 1)).toEqual(["updates"]);
    reader.close();
  });

  it("sends a snapshot reset to a client further behind than a replay is worth", async () => {
    await start({ ringSize: 20_000, maxReplayUpdates: 1000 });
    fill(5000);
    const reader = await SseReader.open(
      `${server!.url}/api/stream?lastEventId=${server!.hub.instance}-100`,
    );
    await reader.until((events) => events.some((e) => e.event === "hello"));
    expect(reader.events.map((e) => e.event)).toEqual(["reset", "hello"]);
    expect(reader.updates()).toEqual([]);
    expect(server!.counters).toMatchObject({ replays: 0, resets: 1 });
    reader.close();
  });

  it("refuses a resume beyond the replays allowed at once with 503 and Retry-After", async () => {
    const { url } = await start({
      ringSize: 60_000,
      maxReplayUpdates: 60_000,
      maxConcurrentReplays: 3,
    });
    fill(60_000);
    for (let i = 0; i < 3; i += 1) await stalledResume(url, `${server!.hub.instance}-1`);
    await settle(100);
    const refused = await fetch(`${url}/api/stream?lastEventId=${server!.hub.instance}-1`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(server!.counters.streamsRefused).toBe(1);
    // A client with nothing to replay is not a replay.
    const fresh = await SseReader.open(`${url}/api/stream`);
    await fresh.until((events) => events.some((e) => e.event === "hello"));
    fresh.close();
  });
});

describe("connection limits", () => {
  it("caps open streams per address with 429", async () => {
    const { url } = await start({ maxStreamsPerAddress: 2 });
    const open = [
      await SseReader.open(`${url}/api/stream`),
      await SseReader.open(`${url}/api/stream`),
    ];
    const third = await fetch(`${url}/api/stream`);
    expect(third.status).toBe(429);
    open[0]!.close();
    await settle(50);
    const again = await SseReader.open(`${url}/api/stream`);
    expect(again.headers["content-type"]).toMatch(/^text\/event-stream/);
    for (const reader of [...open, again]) reader.close();
  });

  it("spends one read budget across the read routes", async () => {
    const { url } = await start({ readPerMinute: 3 });
    expect((await fetch(`${url}/api/snapshot`)).status).toBe(200);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    const stream = await SseReader.open(`${url}/api/stream`);
    expect((await fetch(`${url}/api/snapshot`)).status).toBe(429);
    expect((await fetch(`${url}/api/health`)).status).toBe(429);
    stream.close();
  });

  it("closes a connection whose body trickles in past the request timeout", async () => {
    const { url } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    sockets.push(socket);
    socket.on("error", () => {});
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on("close", () => resolve(Date.now() - started));
    });
    socket.write(
      "POST /api/stats HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        "Authorization: Bearer wrong\r\nContent-Length: 100000\r\n\r\n[",
    );
    const trickle = setInterval(() => socket.write(" "), 100);
    const elapsed = await closed;
    clearInterval(trickle);
    expect(received).toMatch(/^HTTP\/1.1 401/);
    expect(elapsed).toBeLessThan(3000);
  });

  it("closes a connection whose authorised body trickles in past the request timeout", async () => {
    const { url } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    sockets.push(socket);
    socket.on("error", () => {});
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on("close", () => resolve(Date.now() - started));
    });
    socket.write(
      "POST /api/stats HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
        `Authorization: Bearer ${TOKEN}\r\nContent-Length: 100000\r\n\r\n[`,
    );
    const trickle = setInterval(() => socket.write(" "), 100);
    const elapsed = await closed;
    clearInterval(trickle);
    expect(elapsed).toBeGreaterThanOrEqual(500);
    expect(elapsed).toBeLessThan(3000);
  });

  it("closes a connection whose headers never end", async () => {
    const { url } = await start({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { port } = new URL(url);
    const socket = connect(Number(port), "127.0.0.1");
    sockets.push(socket);
    socket.on("error", () => {});
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
    const trickle = setInterval(() => socket.write("X-A: b\r\n"), 100);
    await closed;
    clearInterval(trickle);
  });
});
