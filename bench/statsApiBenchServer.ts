// One side of bench/statsApi.bench.ts, in its own process so that its memory and CPU are its
// own: our statistics server, fed either by a Statistics API source opening every statistic
// of the generated configuration at the stand-in (`api <url>`), or by nothing but its batch
// endpoint (`batch`). It reports its port, how long opening took, and on request its CPU and
// memory after a full GC.
import { createServer } from "../src/node/server/createServer";
import { knownStatKeys } from "../src/model/stats/knownStatKeys";
import { DEFAULT_SERVER_OPTIONS } from "../src/node/server/ServerOptions";
import { DEFAULT_STATISTICS_MAPPING } from "../src/node/server/statisticsApi/statisticsMapping";
import {
  STATISTICS_API_DEFAULTS,
  StatisticsApiSource,
} from "../src/node/server/statisticsApi/StatisticsApiSource";
import { benchWorkload, cpuMs, memory } from "./statsApiBenchWorkload";

const BENCH_TOKEN = "bench-feeder-token";
const [variant, url] = process.argv.slice(2);

// The server has the configuration loaded in both variants, as `serve --config` would: its
// objects are what feeders may report on without limit.
const { hierarchy } = benchWorkload();
const { app, hub } = await createServer({
  ...DEFAULT_SERVER_OPTIONS,
  knownObjects: knownStatKeys(hierarchy),
  secret: "bench-ocs-secret-0",
  token: BENCH_TOKEN,
  readPerMinute: 100_000,
  // Every bench client comes from the loopback address.
  maxStreamsPerAddress: 10_000,
});
await app.listen({ host: "127.0.0.1", port: 0 });
process.send!({ port: (app.server.address() as { port: number }).port });

if (variant === "api") {
  const source = new StatisticsApiSource(hub, {
    baseUrl: url!,
    credentials: { apiKey: "bench-key", token: "bench-token", oauth: null },
    mapping: DEFAULT_STATISTICS_MAPPING,
  });
  const started = performance.now();
  await source.start(hierarchy);
  process.send!({
    opened: {
      ms: performance.now() - started,
      counters: { ...source.counters },
      ceiling: STATISTICS_API_DEFAULTS.requestsPerSecond,
      batchSize: STATISTICS_API_DEFAULTS.batchSize,
      concurrency: STATISTICS_API_DEFAULTS.concurrency,
    },
  });
}

let cpuSince = process.cpuUsage();
process.on("message", (message) => {
  if (message === "mark") {
    cpuSince = process.cpuUsage();
    process.send!({ marked: memory() });
  } else if (message === "usage") {
    process.send!({ usage: { cpuMs: cpuMs(cpuSince), memory: memory(), seq: hub.seq } });
  }
});
