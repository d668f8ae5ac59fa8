import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { spawnCli } from "./spawnCli";

const dir = mkdtempSync(join(tmpdir(), "lens-pipe-"));
/** A generated export of 100k objects, with enough findings for reports of megabytes. */
const file = join(dir, "large.json");

/**
 * Runs the command with a module preloaded that counts the bytes it hands to standard output,
 * written or not (after a closed pipe, a write fails but was still made): how much of its
 * report the command made.
 */
async function runCounted(
  name: string,
  command: "check" | "tree",
  args: readonly string[],
  stopReadingEarly: boolean,
) {
  const countFile = join(dir, `${name}.count`);
  const preload =
    'import { writeFileSync } from "node:fs"; let bytes = 0;' +
    " const write = process.stdout.write.bind(process.stdout);" +
    " process.stdout.write = (chunk, ...rest) => { bytes += Buffer.byteLength(chunk); return write(chunk, ...rest); };" +
    ` process.on("exit", () => writeFileSync(${JSON.stringify(countFile)}, String(bytes)));`;
  const result = await spawnCli(command, args, undefined, {
    stopReadingEarly,
    env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(preload)}` },
  });
  return { ...result, made: Number(readFileSync(countFile, "utf8")) };
}

describe("a reader that stops early (campaign-lens … | head)", () => {
  beforeAll(async () => {
    const generated = await spawnCli("generate", [
      "--objects",
      "100000",
      "--seed",
      "3",
      "--defects",
      "0.2",
      "--out",
      file,
    ]);
    expect(generated.stderr).toBe("");
    expect(generated.code).toBe(0);
  }, 60_000);

  it.each([["text"], ["json"], ["sarif"]])(
    "ends check's %s report quietly, with the exit status the findings give",
    async (format) => {
      const { code, stderr } = await spawnCli("check", [file, "--format", format], undefined, {
        stopReadingEarly: true,
      });
      expect(stderr).toBe("");
      expect(code).toBe(1);
    },
    60_000,
  );

  it.each([
    ["tree", "tree", "text"],
    ["check's text report", "check", "text"],
    ["check's JSON report", "check", "json"],
    ["check's SARIF log", "check", "sarif"],
  ] as const)(
    "stops making the %s once the reader is gone, a small part of the whole made",
    async (_report, command, format) => {
      const args = [file, "--format", format];
      const whole = await runCounted(`${command}-${format}-whole`, command, args, false);
      const cut = await runCounted(`${command}-${format}-cut`, command, args, true);
      // The whole report is megabytes; a pipe holds 64 KiB and the command writes in parts of
      // about as much, so a few parts are made before the closed pipe is noticed.
      expect(whole.stdout.length).toBeGreaterThan(2_000_000);
      expect(whole.made).toBe(Buffer.byteLength(whole.stdout));
      expect(cut.made).toBeLessThan(whole.made / 8);
      expect(cut.stderr).toBe("");
      expect(cut.code).toBe(whole.code);
      expect(cut.code).toBe(command === "check" ? 1 : 0);
    },
    60_000,
  );
});
