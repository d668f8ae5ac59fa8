// The other side of bench/server.bench.ts: many SSE clients in one process. Each counts the
// updates it receives (from the seq in event ids) and the lag from an update's timestamp to
// its arrival, searching the raw bytes natively for the `id:` lines and the last `"ts":` of
// each event, so that the clients cost far less than the server they measure. Like an
// EventSource, a client the server disconnects reconnects with Last-Event-ID.
import { request } from "node:http";

// Ports may be a comma-separated list: clients are spread over them round robin.
const ports = process.argv[2]!.split(",").map(Number);
const [clientCount, seconds] = process.argv.slice(3).map(Number) as [number, number];

interface ClientStats {
  port: number;
  firstSeq: number | null;
  lastSeq: number;
  lastEventId: string | null;
  lags: number[];
  rest: Buffer;
  reconnects: number;
}

const ID = Buffer.from("\nid: ");
const TS = Buffer.from('"ts":');
const EVENT_END = Buffer.from("\n\n");
let measuring = false;

function scan(stats: ClientStats, chunk: Buffer): void {
  const data = stats.rest.length > 0 ? Buffer.concat([stats.rest, chunk]) : chunk;
  const end = data.lastIndexOf(EVENT_END);
  if (end === -1) {
    stats.rest = data;
    return;
  }
  stats.rest = data.subarray(end + 2);
  const now = Date.now();
  let at = data.indexOf(ID);
  // The first event of a chunk may start at offset 0, without a preceding newline.
  if (data.subarray(0, 4).toString() === "id: ") at = -1;
  let from = at === -1 ? 0 : at + 1;
  while (from !== -1 && from < end) {
    const lineEnd = data.indexOf(10, from);
    const line = data.toString("latin1", from + 4, lineEnd);
    const seq = Number(line.slice(line.lastIndexOf("-") + 1));
    const next = data.indexOf(ID, lineEnd);
    const eventEnd = next === -1 ? end : next;
    if (data.toString("latin1", lineEnd + 1, lineEnd + 15) === "event: updates") {
      stats.lastEventId = line;
      stats.firstSeq ??= measuring ? seq : null;
      stats.lastSeq = seq;
      const ts = data.lastIndexOf(TS, eventEnd);
      if (ts > lineEnd && measuring) {
        // The number ends at the next comma (a `src` may follow it) or the item's brace.
        const comma = data.indexOf(44, ts);
        const brace = data.indexOf(125, ts);
        const close = comma !== -1 && comma < brace ? comma : brace;
        stats.lags.push(now - Number(data.toString("latin1", ts + 5, close)));
      }
    }
    from = next === -1 ? -1 : next + 1;
  }
}

function open(stats: ClientStats): void {
  const headers: Record<string, string> = { accept: "text/event-stream" };
  if (stats.lastEventId) headers["last-event-id"] = stats.lastEventId;
  const req = request(
    { host: "127.0.0.1", port: stats.port, path: "/api/stream", headers },
    (res) => {
      res.on("data", (chunk: Buffer) => scan(stats, chunk));
      res.on("close", () => reconnect(stats));
    },
  );
  req.on("error", () => reconnect(stats));
  req.end();
}

let stopping = false;
function reconnect(stats: ClientStats): void {
  if (stopping) return;
  stats.reconnects += measuring ? 1 : 0;
  stats.rest = Buffer.alloc(0);
  setTimeout(() => open(stats), 500);
}

const clients: ClientStats[] = Array.from({ length: clientCount }, (_, i) => ({
  port: ports[i % ports.length]!,
  firstSeq: null,
  lastSeq: 0,
  lastEventId: null,
  lags: [],
  rest: Buffer.alloc(0),
  reconnects: 0,
}));
clients.forEach(open);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

process.on("message", (message) => {
  if (message !== "start") return;
  for (const c of clients) {
    c.firstSeq = c.lastSeq || null;
    c.lags = [];
  }
  measuring = true;
  setTimeout(() => {
    stopping = true;
    const delivered = clients.map((c) => (c.firstSeq === null ? 0 : c.lastSeq - c.firstSeq));
    const lags = clients.flatMap((c) => c.lags).sort((a, b) => a - b);
    process.send!({
      result: {
        clients: clientCount,
        reconnects: clients.reduce((sum, c) => sum + c.reconnects, 0),
        lastSeq: {
          min: Math.min(...clients.map((c) => c.lastSeq)),
          max: Math.max(...clients.map((c) => c.lastSeq)),
        },
        perClientRate: {
          mean: delivered.reduce((a, b) => a + b, 0) / delivered.length / seconds,
          min: Math.min(...delivered) / seconds,
        },
        lagMs: {
          p50: percentile(lags, 0.5),
          p95: percentile(lags, 0.95),
          p99: percentile(lags, 0.99),
          max: lags.at(-1) ?? NaN,
        },
      },
    });
  }, seconds * 1000);
});
process.send!({ ready: true });
