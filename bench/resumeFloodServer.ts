// The server side of bench/resume-flood.bench.ts, in its own process so that its memory is its
// own: the real statistics server with a full 200,000-update resume ring and a publisher at
// 1,000 updates/s. It reports its port and, on request, its memory after a full GC.
import type { StatUpdate } from "../src/model/stats/StatUpdate";
import { createServer } from "../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../src/node/server/ServerOptions";

const RING = 200_000;

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

let counter = 0;
function updates(count: number): StatUpdate[] {
  const now = Date.now();
  return Array.from({ length: count }, () => {
    counter += 1;
    return {
      objectType: "CampaignGroup" as const,
      objectId: `Campaign ${counter % 500} with a longer name@Group ${counter % 9}`,
      statistic: "Dialed",
      value: counter,
      timestamp: now,
    };
  });
}

const { app, hub, counters } = await createServer({
  ...DEFAULT_SERVER_OPTIONS,
  secret: "bench-secret-0123456789",
  token: "bench-token-0123456789",
  ringSize: RING,
  readPerMinute: 1_000_000,
  maxStreamsPerAddress: 1_000,
  maxConcurrentReplays: 1_000,
  // Every client of the bench comes from one loopback address.
  maxReplaysPerAddress: 1_000,
});
await app.listen({ host: "127.0.0.1", port: 0 });
for (let i = 0; i < RING; i += 10_000) {
  hub.publish(updates(10_000));
  hub.flush();
}
setInterval(() => hub.publish(updates(20)), 20);
process.send!({ port: (app.server.address() as { port: number }).port, instance: hub.instance });
process.on("message", (message) => {
  if (message === "memory") process.send!({ memory: memory(), seq: hub.seq, counters });
});
