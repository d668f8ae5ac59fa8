// npm run bench:resume [-- --clients 100 --seconds 5]
//
// The resume flood of a hostile or unlucky crowd: the server holds a full 200,000-update ring
// (about 21 MB of events) and publishes 1,000 updates/s; then, one phase after another, N
// clients resume from the oldest id and never read, N resume from just inside the furthest point
// still replayed (19,000 of 20,000 behind) and never read, and N do that and read everything. Each phase
// prints the server's memory after a full GC and /api/health's response times while it runs,
// beside the same server idle (the baseline, measured first in the same run).
import { fork } from "node:child_process";
import { connect, type Socket } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { nextMessage } from "./nextMessage";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "100" },
    seconds: { type: "string", default: "5" },
  },
});
const clientCount = Number(values.clients);
const seconds = Number(values.seconds);

const server = fork(new URL("./resumeFloodServer.ts", import.meta.url).pathname, [], {
  execArgv: ["--expose-gc", "--import", "tsx"],
});
const { port, instance } = await nextMessage<{ port: number; instance: string }>(server, "port");

async function serverState() {
  server.send("memory");
  return nextMessage<{
    memory: { rss: number; heapUsed: number };
    seq: number;
    counters: Record<string, number>;
  }>(server, "memory");
}

/** /api/health's response times, one request every 50 ms for `ms`. */
async function healthTimes(ms: number): Promise<number[]> {
  const times: number[] = [];
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const started = performance.now();
    await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.arrayBuffer());
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return times.sort((a, b) => a - b);
}

function resume(lastEventId: string, read: boolean): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `GET /api/stream?lastEventId=${lastEventId} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`,
      );
      if (read) socket.on("data", () => {});
      else socket.pause();
      resolve(socket);
    });
    socket.on("error", () => {});
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(0);

const idle = await serverState();
const idleHealth = await healthTimes(seconds * 1000);
const rows: string[][] = [
  [
    "baseline: idle",
    mb(idle.memory.rss),
    mb(idle.memory.heapUsed),
    pct(idleHealth, 50),
    pct(idleHealth, 95),
    pct(idleHealth, 100),
    "",
    "",
  ],
];

async function phase(name: string, behind: "oldest" | number, read: boolean) {
  const { seq } = await serverState();
  const from = behind === "oldest" ? seq - 200_000 + 1 : seq - behind;
  const sockets = await Promise.all(
    Array.from({ length: clientCount }, () => resume(`${instance}-${from}`, read)),
  );
  const times = await healthTimes(seconds * 1000);
  const state = await serverState();
  rows.push([
    name,
    mb(state.memory.rss),
    mb(state.memory.heapUsed),
    pct(times, 50),
    pct(times, 95),
    pct(times, 100),
    String(state.counters.replays),
    String(state.counters.resets),
  ]);
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

await phase(`${clientCount} resume from the oldest, never read`, "oldest", false);
await phase(`${clientCount} resume 19,000 behind, never read`, 19_000, false);
await phase(`${clientCount} resume 19,000 behind, read`, 19_000, true);
server.kill();

process.stdout.write(
  `resume flood: ring of 200,000 updates full, 1,000 updates/s published; node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores\n\n`,
);
const header = [
  "phase",
  "rss after GC",
  "heap after GC",
  "health p50 ms",
  "health p95 ms",
  "health max ms",
  "replays (total)",
  "resets (total)",
];
process.stdout.write(`| ${header.join(" | ")} |\n|${header.map(() => " --- ").join("|")}|\n`);
for (const row of rows) process.stdout.write(`| ${row.join(" | ")} |\n`);
