// npm run bench:redis [-- --seconds 60 --clients 600 --rate 2000 --instances 3]
//
// Several statistics servers sharing one Redis (Debian's redis-server, started here on a free
// loopback port, nothing persisted), the SSE clients spread over them round robin, the update
// rate split between them (each publishes objects of its own, so every update is delivered to
// every client); beside it, in the same run, one in-memory server with the same clients and
// the same rate as the baseline. Servers and clients run in separate processes; each server's
// memory is read after a full GC at the start and the end of the measured window, which begins
// once the warm-up has filled each server's 50,000-update resume ring.
import { fork } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startRedis } from "../test/server/startRedis";
import { nextValue } from "./nextMessage";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "600" },
    rate: { type: "string", default: "2000" },
    instances: { type: "string", default: "3" },
    warmup: { type: "string", default: "30" },
  },
});
const seconds = Number(values.seconds);
const clientCount = Number(values.clients);
const rate = Number(values.rate);
const instances = Number(values.instances);
const warmup = Number(values.warmup);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
type Memory = { rss: number; heapUsed: number };

async function measure(redisUrl: string | null) {
  const count = redisUrl === null ? 1 : instances;
  const servers = Array.from({ length: count }, (_, i) =>
    fork(
      new URL("./serverBenchServer.ts", import.meta.url).pathname,
      redisUrl === null
        ? ["lens", String(rate)]
        : ["redis", String(rate / count), redisUrl, `i${i} `],
      { execArgv: ["--expose-gc", "--import", "tsx"] },
    ),
  );
  const ports = await Promise.all(servers.map((server) => nextValue<number>(server, "port")));
  const clients = fork(
    new URL("./serverBenchClients.ts", import.meta.url).pathname,
    [ports.join(","), String(clientCount), String(seconds)],
    { execArgv: ["--import", "tsx"] },
  );
  await nextValue(clients, "ready");
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  const memory = () =>
    Promise.all(
      servers.map((server) => {
        server.send("memory");
        return nextValue<Memory>(server, "memory");
      }),
    );
  const before = await memory();
  clients.send("start");
  const result = await nextValue<{
    reconnects: number;
    lastSeq: { min: number; max: number };
    perClientRate: { mean: number; min: number };
    lagMs: { p50: number; p95: number; p99: number; max: number };
  }>(clients, "result");
  const load = loadavg()[0]!;
  const after = await memory();
  const seqs = await Promise.all(
    servers.map((server) => {
      server.send("seq");
      return nextValue<{ seq: number; failedPublishes: number }>(server, "seq");
    }),
  );
  clients.kill();
  for (const server of servers) server.kill();
  return { before, after, seqs, load, ...result };
}

process.stdout.write(
  `redis bench: ${clientCount} SSE clients, ${rate} updates/s in all, ${seconds} s measured after ${warmup} s warm-up\n`,
);
const redis = await startRedis();
try {
  for (const shared of [true, false]) {
    const r = await measure(shared ? redis.url : null);
    const name = shared
      ? `${instances} servers on one Redis (clients spread over them)`
      : "baseline: one in-memory server";
    process.stdout.write(
      [
        name,
        `  delivered per client: mean ${r.perClientRate.mean.toFixed(0)}/s, slowest ${r.perClientRate.min.toFixed(0)}/s (published ${rate}/s); reconnects after a slow-client disconnect: ${r.reconnects}`,
        `  last seq at the end: servers ${r.seqs.map((s) => s.seq).join(", ")}; clients ${r.lastSeq.min} to ${r.lastSeq.max}; failed publishes ${r.seqs.reduce((sum, s) => sum + s.failedPublishes, 0)}`,
        `  lag publish->client: p50 ${r.lagMs.p50} ms, p95 ${r.lagMs.p95} ms, p99 ${r.lagMs.p99} ms, max ${r.lagMs.max} ms`,
        `  machine load average (1 min): ${r.load.toFixed(1)} on ${availableParallelism()} cores`,
        ...r.before.map(
          (before, i) =>
            `  server ${i + 1} memory after GC: rss ${mb(before.rss)} -> ${mb(r.after[i]!.rss)}, heap ${mb(before.heapUsed)} -> ${mb(r.after[i]!.heapUsed)}`,
        ),
        "",
      ].join("\n"),
    );
  }
} finally {
  await redis.close();
}
