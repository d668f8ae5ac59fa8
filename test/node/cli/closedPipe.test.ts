import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { spawnCli } from "./spawnCli";

/** Runs the command and stops reading after its first chunk, as `| head` does. */
const readFirstChunk = (command: "check" | "tree", args: readonly string[]) =>
  spawnCli(command, args, undefined, { stopReadingEarly: true });

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
      const { code, stderr } = await readFirstChunk("check", [file, "--format", format]);
      expect(stderr).toBe("");
      expect(code).toBe(1);
    },
  );

  it("ends tree quietly too", async () => {
    const { code, stderr } = await readFirstChunk("tree", [file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
