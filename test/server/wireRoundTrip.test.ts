import { createClient } from "@redis/client";
import { afterEach, describe, expect, it } from "vitest";
import { STAT_SOURCES } from "../../src/model/stats/StatSource";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { parseSnapshot } from "../../src/model/stats/wire/parseSnapshot";
import { parseUpdates } from "../../src/model/stats/wire/parseUpdates";
import type { LiveHub } from "../../src/node/server/LiveHub";
import { RedisHub } from "../../src/node/server/RedisHub";
import type { ChunkSource } from "../../src/node/server/ReplayPump";
import { UpdateHub } from "../../src/node/server/UpdateHub";
import { startRedis } from "./startRedis";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * Every kind of value and source a server may write, each on an object of its own so that
 * none replaces another, with names an attacker may choose.
 */
const UPDATES: StatUpdate[] = [
  {
    objectType: "CampaignGroup",
    objectId: "Sales@Team A",
    statistic: "Dialed",
    value: 4,
    timestamp: 10,
  },
  ...STAT_SOURCES.map((source) => ({
    objectType: "CampaignGroup" as const,
    objectId: `Sales@${source}`,
    statistic: "Dialed",
    value: 7,
    timestamp: 11,
    source,
  })),
  {
    objectType: "Agent",
    objectId: "agent-null",
    statistic: "Calls",
    value: null,
    timestamp: 12,
    source: "statServer",
  },
  {
    objectType: "Agent",
    objectId: 'ag\u00e9nt "\u2603" <b>',
    statistic: "State",
    value: "Ready",
    timestamp: 13,
    source: "ocs",
  },
  ...["__proto__", "constructor", "toString"].map((name) => ({
    objectType: "Agent" as const,
    objectId: name,
    statistic: name,
    value: name,
    timestamp: 14,
    source: "feeder" as const,
  })),
];

// The simulator's values go through the simulator's door, as `runSimulation` publishes them:
// that is what the shared log records as simulated.
const REAL = UPDATES.filter((update) => update.source !== "simulated");
const SIMULATED = UPDATES.filter((update) => update.source === "simulated");

async function publishAll(hub: LiveHub): Promise<void> {
  await hub.publish(REAL);
  await hub.publish(SIMULATED, "simulator");
}

function drain(source: ChunkSource): string {
  let text = "";
  for (let chunk = source.next(); chunk !== null; chunk = source.next()) text += chunk.toString();
  return text;
}

/** The data of each event of an SSE text with the given name, parsed. */
function eventData(text: string, name: string): unknown[] {
  return text
    .split("\n\n")
    .filter((event) => event.split("\n").includes(`event: ${name}`))
    .map((event) =>
      JSON.parse(
        event
          .split("\n")
          .find((line) => line.startsWith("data: "))!
          .slice(6),
      ),
    );
}

function byObject(updates: readonly StatUpdate[]): StatUpdate[] {
  return [...updates].sort((a, b) => (a.objectId < b.objectId ? -1 : 1));
}

/** What a browser reads from every way this hub writes the values: stream, reset, snapshot. */
function readBack(hub: LiveHub) {
  hub.flush();
  const streamed = eventData(drain(hub.replaySource(0, hub.seq)), "updates").map(parseUpdates);
  const reset = eventData(drain(hub.resetSource()), "reset").map(parseSnapshot);
  const snapshot = parseSnapshot(JSON.parse(JSON.stringify(hub.snapshot())));
  return { streamed, reset, snapshot };
}

function expectSameUpdates(hub: LiveHub): void {
  const { streamed, reset, snapshot } = readBack(hub);
  expect(streamed).toEqual([{ updates: [...REAL, ...SIMULATED], dropped: 0 }]);
  for (const read of [...reset, snapshot]) {
    expect(read.dropped).toBe(0);
    expect(byObject(read.values.map((v) => v.update))).toEqual(byObject(UPDATES));
  }
  expect(reset).toHaveLength(1);
}

describe("what the server writes, the app reads back as the same updates", () => {
  it("through the in-memory hub: stream, reset and snapshot", async () => {
    const hub = new UpdateHub({ instance: "i", ringSize: 100, flushMs: 1000, intervalMs: 10_000 });
    cleanups.push(async () => hub.close());
    await publishAll(hub);
    expectSameUpdates(hub);
  });

  it("through Redis, as written to its log and read back after a restart", async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.close());
    const options = { url: redis.url, ringSize: 100, flushMs: 1000, intervalMs: 10_000 };
    const writer = await RedisHub.open(options);
    cleanups.push(() => writer.close());
    await publishAll(writer);
    await expect.poll(() => writer.seq).toBe(UPDATES.length);
    expectSameUpdates(writer);

    // A server started afterwards has only what Redis holds: the log and the held values.
    const restarted = await RedisHub.open(options);
    cleanups.push(() => restarted.close());
    expect(restarted.seq).toBe(UPDATES.length);
    expectSameUpdates(restarted);
  });

  it("reads a newer server's log entry in Redis, ignoring the field and source code it does not know", async () => {
    const redis = await startRedis();
    cleanups.push(() => redis.close());
    const hub = await RedisHub.open({
      url: redis.url,
      ringSize: 100,
      flushMs: 1000,
      intervalMs: 10_000,
    });
    cleanups.push(() => hub.close());
    await hub.publish([UPDATES[0]!]);
    await expect.poll(() => hub.seq).toBe(1);

    const newer = createClient({ url: redis.url });
    await newer.connect();
    cleanups.push(async () => void (await newer.close()));
    const entry = {
      type: "Agent",
      id: "agent-2",
      stat: "Calls",
      value: 2,
      ts: 20,
      src: "carrier-pigeon",
      unit: "calls",
    };
    await newer.sendCommand([
      "XADD",
      "campaign-lens:log",
      "2-0",
      "u",
      JSON.stringify(entry),
      "r",
      "30",
    ]);
    await newer.sendCommand(["SET", "campaign-lens:seq", "2"]);

    await expect.poll(() => hub.seq).toBe(2);
    const agent = {
      objectType: "Agent",
      objectId: "agent-2",
      statistic: "Calls",
      value: 2,
      timestamp: 20,
    };
    expect(hub.values.get("Agent", "agent-2", "Calls")).toEqual({
      value: 2,
      timestamp: 20,
      receivedAt: 30,
    });
    const { streamed } = readBack(hub);
    expect(streamed).toEqual([{ updates: [UPDATES[0], agent], dropped: 0 }]);
    const relayed = drain(hub.replaySource(1, 2));
    expect(relayed).not.toContain("unit");
    expect(relayed).not.toContain("carrier-pigeon");
  });
});
