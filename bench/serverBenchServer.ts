// One side of bench/server.bench.ts and bench/redis.bench.ts, run in its own process so that
// its memory is its own: a statistics server (`lens`: the real one; `redis`: the real one on a
// shared Redis; `raw`: a bare node:http SSE writer, the baseline) fed by a publisher at a fixed
// update rate. It reports its port and, on request, its memory after a full GC and its seq.
import { createServer as createHttpServer, type ServerResponse } from "node:http";
import type { StatUpdate } from "../src/model/stats/StatUpdate";
import { createServer } from "../src/node/server/createServer";
import { DEFAULT_SERVER_OPTIONS } from "../src/node/server/ServerOptions";

const variant = process.argv[2];
const rate = Number(process.argv[3] ?? 5000);
const redisUrl = process.argv[4] ?? null;
// Servers sharing a Redis publish objects of their own, so that none supersedes another's.
const idPrefix = process.argv[5] ?? "";
const FLUSH_MS = 20;

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

let counter = 0;
function nextUpdates(count: number): StatUpdate[] {
  const now = Date.now();
  return Array.from({ length: count }, () => {
    counter += 1;
    return {
      objectType: "CampaignGroup" as const,
      objectId: `${idPrefix}Campaign ${counter % 100}@Group ${counter % 7}`,
      statistic: "Dialed",
      value: counter,
      timestamp: now,
    };
  });
}

let failedPublishes = 0;

function runPublisher(publish: (updates: StatUpdate[]) => unknown): void {
  const start = Date.now();
  let sent = 0;
  setInterval(() => {
    const due = Math.floor(((Date.now() - start) * rate) / 1000) - sent;
    if (due <= 0) return;
    sent += due;
    void Promise.resolve(publish(nextUpdates(due))).catch(() => {
      failedPublishes += 1;
    });
  }, 5);
}

let seq = (): number => 0;

async function startLens(): Promise<number> {
  const { app, hub } = await createServer({
    ...DEFAULT_SERVER_OPTIONS,
    secret: "bench-secret-0",
    token: "bench-token-0",
    flushMs: FLUSH_MS,
    ringSize: 50_000,
    readPerMinute: 100_000,
    // Every bench client comes from the loopback address.
    maxStreamsPerAddress: 10_000,
    redisUrl,
  });
  seq = () => hub.seq;
  await app.listen({ host: "127.0.0.1", port: 0 });
  runPublisher((updates) => hub.publish(updates));
  return (app.server.address() as { port: number }).port;
}

/** The baseline: the same events written straight to every response, nothing else. */
async function startRaw(): Promise<number> {
  const clients = new Set<ServerResponse>();
  let rawSeq = 0;
  let pending: object[] = [];
  const server = createHttpServer((req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
    clients.add(res);
    req.on("close", () => clients.delete(res));
  });
  setInterval(() => {
    if (pending.length === 0) return;
    const chunk = `id: raw-${rawSeq}\nevent: updates\ndata: ${JSON.stringify(pending)}\n\n`;
    pending = [];
    for (const res of clients) res.write(chunk);
  }, FLUSH_MS);
  runPublisher((updates) => {
    for (const u of updates) {
      rawSeq += 1;
      pending.push({
        seq: rawSeq,
        type: u.objectType,
        id: u.objectId,
        stat: u.statistic,
        value: u.value,
        ts: u.timestamp,
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

const port = variant === "raw" ? await startRaw() : await startLens();
process.send!({ port });
process.on("message", (message) => {
  if (message === "memory") process.send!({ memory: memory() });
  if (message === "seq") process.send!({ seq: { seq: seq(), failedPublishes } });
});
