import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { runGenerate } from "../../../src/node/cli/generate";
import { memoryIo } from "./memoryIo";
import { spawnCli } from "./spawnCli";

describe("npm run generate", () => {
  it("writes the configuration to standard output, the same as the library for the same options (spawned)", async () => {
    const { code, stdout, stderr } = await spawnCli("generate", [
      "--objects",
      "300",
      "--seed",
      "7",
      "--defects",
      "0.1",
      "--format",
      "mutagen-raw",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      generateConfig({ objects: 300, seed: 7, defects: 0.1, format: "mutagen-raw" }).text,
    );
  });

  it("refuses --objects 999999999999 at once with exit 2 and no stack trace (spawned)", async () => {
    const { code, stdout, stderr } = await spawnCli("generate", [
      "--objects",
      "999999999999",
      "--seed",
      "1",
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(
      "generate: --objects must be at most 1000000, got 999999999999",
    );
    expect(stderr).toContain(
      "--objects N        about how many configuration objects in all, 10 to 1000000",
    );
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("writes the config to --out and the manifest to --manifest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lens-generate-"));
    const { io, out } = memoryIo();
    const args = ["--objects", "500", "--seed", "1", "--defects", "0.2", "--format", "xml"];
    const code = await runGenerate(
      [...args, "--out", join(dir, "c.xml"), "--manifest", join(dir, "m.json")],
      io,
    );
    expect(code).toBe(0);
    expect(out.stdout).toBe("");
    const expected = generateConfig({ objects: 500, seed: 1, defects: 0.2, format: "xml" });
    expect(readFileSync(join(dir, "c.xml"), "utf8")).toBe(expected.text);
    const manifest = JSON.parse(readFileSync(join(dir, "m.json"), "utf8"));
    expect(manifest).toEqual(JSON.parse(JSON.stringify(expected.manifest)));
    expect(manifest.findings.length).toBeGreaterThan(0);
  });

  it.each([
    [["--seed", "1"], "--objects is required"],
    [["--objects", "100"], "--seed is required"],
    [["--objects", "1e3", "--seed", "1"], '--objects must be an integer, got "1e3"'],
    [["--objects", "5", "--seed", "1"], "--objects must be at least 10, got 5"],
    [
      ["--objects", "999999999999", "--seed", "1"],
      "--objects must be at most 1000000, got 999999999999",
    ],
    [["--objects", "1000001", "--seed", "1"], "--objects must be at most 1000000, got 1000001"],
    [
      ["--objects", "100", "--seed", "1", "--defects", "1.5"],
      "--defects must be a number from 0 to 1",
    ],
    [
      ["--objects", "100", "--seed", "1", "--format", "csv"],
      "--format must be one of mutagen-json, mutagen-raw, xml",
    ],
    [["--objects", "100", "--seed", "1", "extra"], "Unexpected argument 'extra'"],
  ])("refuses %j with exit 2 at once: %s", async (argv, message) => {
    const { io, out } = memoryIo();
    expect(await runGenerate(argv, io)).toBe(2);
    expect(out.stderr).toContain(`generate: ${message}`);
    expect(out.stdout).toBe("");
  });
});
