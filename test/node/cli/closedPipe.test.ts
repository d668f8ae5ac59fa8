import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";

const CAMPAIGN_LENS = resolve(__dirname, "../../../dist-cli/campaign-lens.js");

/**
 * Runs the built command and closes its standard output after the first chunk, as `| head`
 * does: what it wrote to standard error, and how it ended.
 */
function readFirstChunk(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CAMPAIGN_LENS, ...args], {
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("error", fail);
    child.on("close", (code) => done({ code, stderr }));
  });
}

describe("a reader that stops early (campaign-lens … | head)", () => {
  // Enough findings for a report many times the size of a pipe's buffer.
  const dir = mkdtempSync(join(tmpdir(), "lens-pipe-"));
  const file = join(dir, "large.json");
  writeFileSync(
    file,
    generateConfig({ objects: 20_000, seed: 3, defects: 0.2, format: "mutagen-json" }).text,
  );

  it.each([["text"], ["json"], ["sarif"]])(
    "ends check's %s report quietly, with the exit status the findings give",
    async (format) => {
      const { code, stderr } = await readFirstChunk(["check", file, "--format", format]);
      expect(stderr).toBe("");
      expect(code).toBe(1);
    },
  );

  it("ends tree quietly too", async () => {
    const { code, stderr } = await readFirstChunk(["tree", file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
