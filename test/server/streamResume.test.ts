import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { SseReader } from "./SseReader";
import { startTestServer, type TestServer } from "./startTestServer";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ ringSize: 1000 });
});
afterEach(async () => {
  await server.close();
});

/** `count` distinct updates: the Dialed count of Sales@Team A going up one by one. */
function dialed(from: number, count: number): StatUpdate[] {
  return Array.from({ length: count }, (_, i) => ({
    objectType: "CampaignGroup" as const,
    objectId: "Sales@Team A",
    statistic: "Dialed",
    value: from + i,
    timestamp: from + i,
  }));
}

const values = (reader: SseReader) => reader.updates().map((u) => u.value);

describe("GET /api/stream", () => {
  it("numbers updates and sends those published together as one event", async () => {
    const reader = await SseReader.open(`${server.url}/api/stream`);
    await reader.until((events) => events.some((e) => e.event === "hello"));
    server.hub.publish(dialed(1, 3));
    await reader.until(() => reader.updates().length === 3);
    const updates = reader.events.filter((e) => e.event === "updates");
    expect(updates).toHaveLength(1);
    expect(updates[0]!.id).toBe(`${server.hub.instance}-3`);
    expect(reader.updates().map((u) => u.seq)).toEqual([1, 2, 3]);
    reader.close();
  });

  it("resumes after a dropped connection with every missed update and none twice", async () => {
    const first = await SseReader.open(`${server.url}/api/stream`);
    server.hub.publish(dialed(1, 5));
    await first.until(() => first.updates().length === 5);
    server.hub.publish(dialed(6, 5));
    await first.until(() => first.updates().length === 10);
    const resumeFrom = first.lastEventId()!;
    first.close();

    // Published while nobody is connected.
    server.hub.publish(dialed(11, 7));
    server.hub.flush();

    const second = await SseReader.open(`${server.url}/api/stream`, {
      "last-event-id": resumeFrom,
    });
    server.hub.publish(dialed(18, 3));
    await second.until(() => second.updates().length === 10);
    expect([...values(first), ...values(second)]).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(second.events.some((e) => e.event === "reset")).toBe(false);
    second.close();
  });

  it("resumes from ?lastEventId= as from the header", async () => {
    server.hub.publish(dialed(1, 4));
    server.hub.flush();
    const reader = await SseReader.open(
      `${server.url}/api/stream?lastEventId=${server.hub.instance}-2`,
    );
    await reader.until(() => reader.updates().length === 2);
    expect(values(reader)).toEqual([3, 4]);
    reader.close();
  });

  it("sends a snapshot reset when the client is further behind than the ring holds", async () => {
    server.hub.publish(dialed(1, 1500));
    server.hub.flush();
    const reader = await SseReader.open(`${server.url}/api/stream`, {
      "last-event-id": `${server.hub.instance}-10`,
    });
    await reader.until((events) => events.some((e) => e.event === "reset"));
    const reset = reader.events.find((e) => e.event === "reset")!;
    const snapshot = JSON.parse(reset.data) as {
      seq: number;
      values: { stat: string; value: unknown }[];
    };
    expect(snapshot.seq).toBe(1500);
    expect(snapshot.values).toEqual([expect.objectContaining({ stat: "Dialed", value: 1500 })]);
    expect(reset.id).toBe(`${server.hub.instance}-1500`);
    expect(reader.updates()).toEqual([]);
    reader.close();
  });

  it("sends a snapshot reset to a client resuming with an id from a previous server", async () => {
    server.hub.publish(dialed(1, 2));
    server.hub.flush();
    const reader = await SseReader.open(`${server.url}/api/stream`, {
      "last-event-id": "deadbeef-1",
    });
    await reader.until((events) => events.some((e) => e.event === "reset"));
    reader.close();
  });

  it("sends heartbeats as comments", async () => {
    const quick = await startTestServer({ heartbeatMs: 30 });
    try {
      const reader = await SseReader.open(`${quick.url}/api/stream`);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(reader.comments.filter((c) => c === "heartbeat").length).toBeGreaterThanOrEqual(2);
      reader.close();
    } finally {
      await quick.close();
    }
  });

  it("serves a snapshot whose lastEventId resumes the stream exactly after it", async () => {
    server.hub.publish(dialed(1, 3));
    server.hub.flush();
    const snapshot = (await (await fetch(`${server.url}/api/snapshot`)).json()) as {
      lastEventId: string;
      values: { value: unknown }[];
    };
    expect(snapshot.values.map((v) => v.value)).toEqual([3]);
    server.hub.publish(dialed(4, 2));
    server.hub.flush();
    const reader = await SseReader.open(
      `${server.url}/api/stream?lastEventId=${snapshot.lastEventId}`,
    );
    await reader.until(() => reader.updates().length === 2);
    expect(values(reader)).toEqual([4, 5]);
    reader.close();
  });
});
