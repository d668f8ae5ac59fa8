// npm run bench:server [-- --seconds 60 --clients 200 --rate 5000]
//
// 200 SSE clients on loopback each receiving 5,000 updates/s from the statistics server for
// 60 s (after a 15 s warm-up that fills the 50,000-update resume ring), beside the same load on a bare node:http SSE writer (the baseline). Server and
// clients run in separate processes; the server's memory is read after a full GC at the
// start and the end of the measured window.
import { fork } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { nextValue } from "./nextMessage";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "200" },
    rate: { type: "string", default: "5000" },
    warmup: { type: "string", default: "15" },
  },
});
const seconds = Number(values.seconds);
const clientCount = Number(values.clients);
const rate = Number(values.rate);
const warmup = Number(values.warmup);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function measure(variant: "lens" | "raw") {
  const server = fork(
    new URL("./serverBenchServer.ts", import.meta.url).pathname,
    [variant, String(rate)],
    {
      execArgv: ["--expose-gc", "--import", "tsx"],
    },
  );
  const port = await nextValue<number>(server, "port");
  const clients = fork(
    new URL("./serverBenchClients.ts", import.meta.url).pathname,
    [String(port), String(clientCount), String(seconds)],
    { execArgv: ["--import", "tsx"] },
  );
  await nextValue(clients, "ready");
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  server.send("memory");
  const before = await nextValue<{ rss: number; heapUsed: number }>(server, "memory");
  clients.send("start");
  const result = await nextValue<{
    reconnects: number;
    perClientRate: { mean: number; min: number };
    lagMs: { p50: number; p95: number; p99: number; max: number };
  }>(clients, "result");
  server.send("memory");
  const after = await nextValue<{ rss: number; heapUsed: number }>(server, "memory");
  clients.kill();
  server.kill();
  return { variant, before, after, ...result };
}

process.stdout.write(
  `server bench: ${clientCount} clients, ${rate} updates/s each, ${seconds} s measured after ${warmup} s warm-up\n`,
);
for (const variant of ["lens", "raw"] as const) {
  const r = await measure(variant);
  const name = variant === "lens" ? "campaign-lens server" : "baseline: bare node:http SSE";
  process.stdout.write(
    [
      `${name}`,
      `  delivered per client: mean ${r.perClientRate.mean.toFixed(0)}/s, slowest ${r.perClientRate.min.toFixed(0)}/s; reconnects after a slow-client disconnect: ${r.reconnects}`,
      `  lag publish->client: p50 ${r.lagMs.p50} ms, p95 ${r.lagMs.p95} ms, p99 ${r.lagMs.p99} ms, max ${r.lagMs.max} ms`,
      `  machine load average (1 min): ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
      `  server memory after GC: rss ${mb(r.before.rss)} -> ${mb(r.after.rss)}, heap ${mb(r.before.heapUsed)} -> ${mb(r.after.heapUsed)}`,
      "",
    ].join("\n"),
  );
}
