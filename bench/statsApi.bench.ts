// npm run bench:statsapi [-- --seconds 30 --clients 20 --rate 20000 --warmup 5]
//
// A generated 100k-object configuration against the Statistics API stand-in on loopback:
// how long our server takes to open every statistic (under the request ceiling, and the most
// requests the stand-in saw in any second), then `rate` updates/s published by the stand-in
// over CometD reaching `clients` SSE clients of /api/stream, beside the same updates POSTed
// to /api/stats by a batch feeder (the baseline), measured the same way. The stand-in or
// feeder, the server and the clients run in separate processes so that CPU and memory are
// attributable.
import { fork, type ChildProcess } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    clients: { type: "string", default: "20" },
    rate: { type: "string", default: "20000" },
    warmup: { type: "string", default: "5" },
  },
});
const seconds = Number(values.seconds);
const clientCount = Number(values.clients);
const rate = Number(values.rate);
const warmup = Number(values.warmup);
const TOKEN = "bench-feeder-token";

function next<T>(child: ChildProcess, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (key in message) {
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(message[key] as T);
      }
    };
    const onExit = (code: number | null) =>
      reject(new Error(`a bench process exited (${code}) before sending "${key}"`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

function spawn(file: string, args: string[]): ChildProcess {
  return fork(new URL(file, import.meta.url).pathname, args, {
    execArgv: ["--expose-gc", "--import", "tsx"],
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (cpuMs: number) => `${((cpuMs / (seconds * 1000)) * 100).toFixed(0)}%`;

interface Usage {
  cpuMs: number;
  memory: { rss: number; heapUsed: number };
  seq: number;
}
interface ClientResult {
  reconnects: number;
  perClientRate: { mean: number; min: number };
  lagMs: { p50: number; p95: number; p99: number; max: number };
}

async function stream(feeder: ChildProcess, server: ChildProcess, port: number) {
  const clients = spawn("./serverBenchClients.ts", [
    String(port),
    String(clientCount),
    String(seconds),
  ]);
  await next(clients, "ready");
  feeder.send({ publish: rate });
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  server.send("mark");
  await next(server, "marked");
  clients.send("start");
  const result = await next<ClientResult>(clients, "result");
  server.send("usage");
  const usage = await next<Usage>(server, "usage");
  feeder.send("stop");
  const fed = await next<{ perSecond: number; cpuMs: number; failedPosts: number }>(
    feeder,
    "stopped",
  );
  clients.kill();
  return { result, usage, fed };
}

function report(name: string, r: Awaited<ReturnType<typeof stream>>): void {
  const { result, usage, fed } = r;
  process.stdout.write(
    [
      name,
      `  delivered per client: mean ${result.perClientRate.mean.toFixed(0)}/s, slowest ${result.perClientRate.min.toFixed(0)}/s (published ${fed.perSecond.toFixed(0)}/s); reconnects ${result.reconnects}${fed.failedPosts ? `; failed POSTs ${fed.failedPosts}` : ""}`,
      `  lag publish->client: p50 ${result.lagMs.p50} ms, p95 ${result.lagMs.p95} ms, p99 ${result.lagMs.p99} ms, max ${result.lagMs.max} ms`,
      `  CPU over the measured window: server ${pct(usage.cpuMs)} of a core, ${name.startsWith("Statistics") ? "stand-in" : "feeder"} ${pct(fed.cpuMs)} (whole run)`,
      `  server memory after GC: rss ${mb(usage.memory.rss)}, heap ${mb(usage.memory.heapUsed)}`,
      `  machine load average (1 min): ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
      "",
    ].join("\n"),
  );
}

process.stdout.write(
  `Statistics API bench: ${clientCount} SSE clients, ${rate} updates/s for ${seconds} s after ${warmup} s warm-up\n`,
);

// 1. The Statistics API source against the stand-in.
{
  const standIn = spawn("./statsApiBenchFeeder.ts", ["standin"]);
  const { url, statistics } = await next<{ url: string; statistics: number }>(standIn, "standIn");
  const server = spawn("./statsApiBenchServer.ts", ["api", url]);
  const port = await next<number>(server, "port");
  const opened = await next<{
    ms: number;
    counters: {
      requested: number;
      opened: number;
      refused: number;
      failing: number;
      subscriptions: number;
      retries: number;
    };
    ceiling: number;
    batchSize: number;
    concurrency: number;
  }>(server, "opened");
  standIn.send("requests");
  const requests = await next<{ total: number; maxPerSecond: number }>(standIn, "requests");
  const c = opened.counters;
  process.stdout.write(
    [
      `opening: ${statistics} statistics of a generated 100k-object configuration`,
      `  every statistic answered in ${(opened.ms / 1000).toFixed(1)} s (from the source's start: token, CometD handshake, subscriptions)`,
      `  requested ${c.requested}, opened ${c.opened}, refused ${c.refused}, failing ${c.failing}, in ${c.subscriptions} subscriptions (${opened.batchSize} statistics each at most, ${opened.concurrency} in flight), ${c.retries} retries`,
      `  request ceiling ${opened.ceiling}/s; most requests the stand-in saw in any second: ${requests.maxPerSecond} (${requests.total} in all)`,
      "",
    ].join("\n"),
  );
  report(
    "Statistics API source (stand-in over CometD long polling)",
    await stream(standIn, server, port),
  );
  standIn.kill();
  server.kill();
}

// 2. The baseline: the same updates POSTed to the batch endpoint.
{
  const server = spawn("./statsApiBenchServer.ts", ["batch"]);
  const port = await next<number>(server, "port");
  const feeder = spawn("./statsApiBenchFeeder.ts", ["batch", String(port), TOKEN]);
  await next(feeder, "ready");
  report("baseline: batch feeder POSTing to /api/stats", await stream(feeder, server, port));
  feeder.kill();
  server.kill();
}
