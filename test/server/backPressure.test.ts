import { connect, type Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { SseReader } from "./SseReader";
import { startTestServer, type TestServer } from "./startTestServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ maxQueuedBytes: 256 * 1024, ringSize: 500_000 });
});
afterEach(async () => {
  await server.close();
});

/** A client that sends its request and then never reads: the socket is paused. */
function stalledClient(url: string): Promise<Socket> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(
        "GET /api/stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n",
      );
      socket.pause();
      resolve(socket);
    });
  });
}

function batch(from: number, count: number): StatUpdate[] {
  return Array.from({ length: count }, (_, i) => ({
    objectType: "Agent" as const,
    objectId: `agent-${(from + i) % 5000}`,
    statistic: "State",
    value: `Ready-${from + i}`,
    timestamp: from + i,
  }));
}

describe("back-pressure", () => {
  it("disconnects a client that stops reading once its queue passes the bound, and others get everything", async () => {
    const stalled = await stalledClient(server.url);
    const closed = new Promise<void>((resolve) => stalled.on("close", () => resolve()));
    stalled.on("error", () => {});
    const healthy = await SseReader.open(`${server.url}/api/stream`);
    await healthy.until((events) => events.some((e) => e.event === "hello"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.hub.clients.size).toBe(2);

    let published = 0;
    let maxQueued = 0;
    // ~40 MB in total: far more than the loopback socket buffers hold.
    for (let round = 0; round < 200 && server.counters.slowClientsDisconnected === 0; round += 1) {
      server.hub.publish(batch(published, 2000));
      published += 2000;
      server.hub.flush();
      for (const client of server.hub.clients) maxQueued = Math.max(maxQueued, client.queuedBytes);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Reading again, the stalled client finds the server has hung up on it.
    stalled.resume();
    await closed;
    expect(server.counters.slowClientsDisconnected).toBe(1);
    expect(server.hub.clients.size).toBe(1);
    expect(maxQueued).toBeLessThanOrEqual(256 * 1024 + 2000 * 120);

    await healthy.until(() => healthy.updates().length === published, 20_000);
    const seqs = healthy.updates().map((u) => u.seq);
    expect(seqs[0]).toBe(1);
    expect(seqs.every((seq, i) => seq === i + 1)).toBe(true);
    healthy.close();
  });
});
