import { describe, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { parseUpdates } from "../../src/model/stats/wire/parseUpdates";
import { UpdateHub } from "../../src/node/server/UpdateHub";

/** The updates of every `updates` event in a chunk of the stream, in order. */
function updatesIn(chunk: Buffer): StatUpdate[] {
  const found: StatUpdate[] = [];
  for (const line of chunk.toString().split("\n")) {
    if (!line.startsWith("data: ")) continue;
    found.push(...parseUpdates(JSON.parse(line.slice("data: ".length)))!.updates);
  }
  return found;
}

describe("a flush of very many pending updates", () => {
  it("is encoded and sent in slices, in order, none holding everything", () => {
    const hub = new UpdateHub({ instance: "i", ringSize: 100, flushMs: 60_000, intervalMs: 1000 });
    const chunks: Buffer[] = [];
    hub.clients.add({ scope: null, send: (chunk: Buffer) => chunks.push(chunk) } as never);
    const updates: StatUpdate[] = Array.from({ length: 50_000 }, (_, i) => ({
      objectType: "Agent",
      objectId: `agent-${i}`,
      statistic: "State",
      value: "Ready",
      timestamp: 1_000 + i,
    }));
    hub.publish(updates);
    hub.flush();

    expect(chunks.length).toBeGreaterThan(1);
    const sent = chunks.map(updatesIn);
    for (const part of sent) expect(part.length).toBeLessThan(updates.length);
    expect(sent.flat().map((u) => u.objectId)).toEqual(updates.map((u) => u.objectId));
  });
});
