import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, expect, it } from "vitest";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";
import { SseReader } from "./SseReader";
import { startRedis, type TestRedis } from "./startRedis";
import { startTestServer, TOKEN, type TestServer } from "./startTestServer";

let store: TestRedis | undefined;
let survivor: TestServer | undefined;
let child: ChildProcess | undefined;
const readers: SseReader[] = [];
afterEach(async () => {
  for (const reader of readers.splice(0)) reader.close();
  child?.kill("SIGKILL");
  await survivor?.close();
  await store?.close();
});

/** A server in a process of its own, on the given Redis. */
async function spawnInstance(redisUrl: string): Promise<{ process: ChildProcess; url: string }> {
  const started = spawn(
    process.execPath,
    ["--import", "tsx", new URL("./redisInstance.ts", import.meta.url).pathname, redisUrl],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    started.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n")[0]!;
      if (output.includes("\n")) resolve((JSON.parse(line) as { url: string }).url);
    });
    started.once("exit", (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return { process: started, url };
}

function agents(from: number, count: number): StatUpdate[] {
  return Array.from({ length: count }, (_, i) => ({
    objectType: "Agent" as const,
    objectId: `agent-${from + i}`,
    statistic: "Calls",
    value: from + i,
    timestamp: 1_000,
  }));
}

it("a client whose server is killed mid-stream resumes on another with every update exactly once", async () => {
  store = await startRedis();
  const killed = await spawnInstance(store.url);
  child = killed.process;
  survivor = await startTestServer({ redisUrl: store.url, ringSize: 10_000 });

  const first = await SseReader.open(`${killed.url}/api/stream`);
  readers.push(first);
  await first.until((events) => events.some((e) => e.event === "hello"));
  const startSeq = Number(first.events[0]!.id!.split("-")[1]);

  // Publishers post to both servers all along; a post the killed server never answered may or
  // may not have been kept, but every accepted one must reach the client.
  const accepted = new Set<number>();
  let next = 0;
  let publishing = true;
  let killedAlive = true;
  const publisher = async (target: () => string | null) => {
    while (publishing) {
      const url = target();
      if (url === null) return;
      const batch = agents(next, 25);
      next += 25;
      try {
        const response = await fetch(`${url}/api/stats`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
          body: JSON.stringify(batch),
        });
        if (response.status === 202) for (const u of batch) accepted.add(u.value as number);
      } catch {
        // The killed server.
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const publishers = Promise.all([
    publisher(() => (killedAlive ? killed.url : null)),
    publisher(() => survivor!.url),
  ]);

  await first.until(() => first.updates().length >= 500, 10_000);
  killed.process.kill("SIGKILL");
  killedAlive = false;
  await first.until(() => false, 10_000).catch(() => {});
  expect(first.ended).toBe(true);

  const resumeFrom = first.lastEventId()!;
  const second = await SseReader.open(`${survivor.url}/api/stream`, {
    "last-event-id": resumeFrom,
  });
  readers.push(second);
  await new Promise((resolve) => setTimeout(resolve, 300));
  publishing = false;
  await publishers;
  const finalSeq = await (async () => {
    // Every post has been answered: the log is complete; wait for the survivor to mirror it.
    for (;;) {
      const health = (await (await fetch(`${survivor!.url}/api/health`)).json()) as { seq: number };
      await new Promise((resolve) => setTimeout(resolve, 100));
      const again = (await (await fetch(`${survivor!.url}/api/health`)).json()) as { seq: number };
      if (again.seq === health.seq) return again.seq;
    }
  })();
  await second.until(() => (second.updates().at(-1)?.seq ?? 0) >= finalSeq, 10_000);

  expect(second.events.some((e) => e.event === "reset")).toBe(false);
  const received = [...first.updates(), ...second.updates()];
  expect(received.map((u) => u.seq)).toEqual(
    Array.from({ length: finalSeq - startSeq }, (_, i) => startSeq + 1 + i),
  );
  const receivedValues = received.map((u) => u.value as number);
  expect(new Set(receivedValues).size).toBe(receivedValues.length);
  for (const value of accepted) expect(receivedValues).toContain(value);
  expect(first.updates().length).toBeGreaterThan(0);
  expect(second.updates().length).toBeGreaterThan(0);
});
