import { spawn } from "node:child_process";
import { openSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ServerOutput } from "../../src/node/server/ServerOutput";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

class FullDisk extends Writable {
  override _write(_chunk: unknown, _encoding: string, callback: (error?: Error) => void): void {
    callback(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
  }
}

describe("ServerOutput", () => {
  it("counts a failed write and reports it once on the other stream", async () => {
    const told: string[] = [];
    const err = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        told.push(chunk.toString());
        callback();
      },
    });
    const output = new ServerOutput(new FullDisk(), err);
    output.line("listening");
    output.line("again");
    await new Promise((resolve) => setImmediate(resolve));
    expect(output.failures).toBeGreaterThanOrEqual(1);
    expect(told).toEqual([
      "campaign-lens: cannot write to standard output (ENOSPC: no space left on device); the server goes on without it\n",
    ]);
  });

  it("keeps the server answering when standard output is /dev/full", async () => {
    const port = await freePort();
    const full = openSync("/dev/full", "w");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/node/server/main.ts",
        "--port",
        String(port),
        "--dist",
        "no-such-dist",
      ],
      { stdio: ["ignore", full, "pipe"] },
    );
    closeSync(full);
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    try {
      let healthy = false;
      for (let attempt = 0; attempt < 100 && !healthy && child.exitCode === null; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (response) => response.ok,
          () => false,
        );
      }
      expect(healthy).toBe(true);
      // Still up well after the banner failed to print.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
      expect(stderr).toMatch(/cannot write to standard output/);
    } finally {
      child.kill("SIGTERM");
      await exited;
    }
  });
});
