// One side of bench/statsApi.bench.ts, in its own process so that its CPU is its own: what
// feeds the server. `standin`: the Statistics API stand-in, knowing every object of the
// generated configuration, publishing over CometD; `batch <port> <token>`: a batch feeder
// POSTing the same updates to the server's /api/stats (the baseline).
import { StatsApiStandIn } from "../test/support/statsApiStandIn/StatsApiStandIn";
import { benchWorkload, cpuMs, paced } from "./statsApiBenchWorkload";

const [mode, port, token] = process.argv.slice(2);
const workload = benchWorkload();
const { updatable } = workload;
let next = 0;
let counter = 0;
let stop = (): void => {};
let cpuSince = process.cpuUsage();
let published = 0;
let startedAt = 0;

/** The next `count` updates of the cycle, each with a new value, stamped now. */
function take<T>(count: number, make: (index: number, value: number, now: number) => T): T[] {
  const now = Date.now();
  const out: T[] = new Array<T>(count);
  for (let i = 0; i < count; i += 1) {
    counter += 1;
    out[i] = make(next, counter, now);
    next = (next + 1) % updatable.length;
  }
  published += count;
  return out;
}

let standIn: StatsApiStandIn | null = null;
let failedPosts = 0;

if (mode === "standin") {
  standIn = await StatsApiStandIn.start({
    known: workload.plan.map((o) => [o.objectType, o.objectId] as const),
    apiKey: "bench-key",
    token: "bench-token",
  });
  process.send!({ standIn: { url: standIn.apiUrl, statistics: workload.statistics } });
} else {
  process.send!({ ready: true });
}

function start(rate: number): void {
  cpuSince = process.cpuUsage();
  published = 0;
  startedAt = performance.now();
  if (standIn) {
    const api = standIn;
    stop = paced(rate, 5, (count) => {
      api.publish(
        take(count, (index, value, now) => {
          const s = updatable[index]!;
          return {
            objectType: s.objectType,
            objectId: s.objectId,
            statistic: s.name,
            value,
            timestamp: now,
          };
        }),
      );
    });
    return;
  }
  // A feeder batches what it has every 20 ms: 50 requests a second, under the ingest budget.
  stop = paced(rate, 20, (count) => {
    const body = JSON.stringify(
      take(count, (index, value, now) => {
        const s = updatable[index]!;
        return {
          objectType: s.objectType,
          objectId: s.objectId,
          statistic: s.figure,
          value,
          timestamp: now,
        };
      }),
    );
    fetch(`http://127.0.0.1:${port}/api/stats`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
    })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 202) failedPosts += 1;
      })
      .catch(() => {
        failedPosts += 1;
      });
  });
}

process.on("message", (message: unknown) => {
  if (typeof message === "object" && message !== null && "publish" in message) {
    start((message as { publish: number }).publish);
  } else if (message === "stop") {
    stop();
    const perSecond = (published * 1000) / (performance.now() - startedAt);
    process.send!({ stopped: { perSecond, cpuMs: cpuMs(cpuSince), failedPosts } });
  } else if (message === "requests" && standIn) {
    process.send!({
      requests: {
        total: standIn.requestTimes.length,
        maxPerSecond: standIn.maxRequestsWithin(1000),
      },
    });
  }
});
