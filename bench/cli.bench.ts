// The command's start-up and whole-process time, beside baselines measured in the same run:
// `campaign-lens check` on the demo file beside a bare `node -e ""`, and on a generated
// 100k-object export beside a process that only reads, JSON.parses and d3.stratifies the same
// file. All are separate processes timed from spawn to exit (wall clock), as a user sees them.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { median } from "./median";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, ".bench");
const LENS = join(ROOT, "dist-cli", "campaign-lens.js");
const DEMO = join(ROOT, "public", "samples", "small-clean.json");
const SMALL_RUNS = 21;
const LARGE_RUNS = 5;
const LARGE_OBJECTS = 100_000;

function must(args: readonly string[], what: string): void {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  if (result.status !== 0 && !(what === "check" && result.status === 1)) {
    throw new Error(`${what} exited ${result.status}: ${result.stderr.toString()}`);
  }
}

/** Median wall time, in milliseconds, of `runs` processes started with `args`. */
function wall(args: readonly string[], runs: number, what: string): number {
  must(args, what);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    must(args, what);
    times.push(performance.now() - started);
  }
  return median(times);
}

mkdirSync(OUT, { recursive: true });
must(["scripts/build-cli.mjs", "--if-stale"], "build");
const baselineScript = join(OUT, "readParseStratify.mjs");
await build({
  entryPoints: [join(ROOT, "bench", "readParseStratify.ts")],
  outfile: baselineScript,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20.19",
  minify: true,
  logLevel: "warning",
});
const large = join(OUT, `cli-${LARGE_OBJECTS}.json`);
must(
  [
    LENS,
    "generate",
    "--objects",
    String(LARGE_OBJECTS),
    "--seed",
    "1",
    "--defects",
    "0.05",
    "--out",
    large,
  ],
  "generate",
);

const bare = wall(["-e", ""], SMALL_RUNS, "node");
const demo = wall([LENS, "check", DEMO], SMALL_RUNS, "check");
const baseline = wall([baselineScript, large], LARGE_RUNS, "baseline");
const whole = wall([LENS, "check", large], LARGE_RUNS, "check");

const ms = (value: number) => `${Math.round(value)} ms`;
console.log(
  `bench:cli: node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}; medians of ${SMALL_RUNS} (demo) and ${LARGE_RUNS} (100k) runs\n`,
);
console.log("| process | wall | baseline | ratio | target |");
console.log("| --- | --- | --- | --- | --- |");
console.log(
  `| \`campaign-lens check\` on small-clean.json vs \`node -e ""\` | ${ms(demo)} | ${ms(bare)} | ${(demo / bare).toFixed(1)}× | ≤ 200 ms |`,
);
console.log(
  `| \`campaign-lens check\` on ${LARGE_OBJECTS.toLocaleString("en")} objects vs read + JSON.parse + d3.stratify | ${ms(whole)} | ${ms(baseline)} | ${(whole / baseline).toFixed(2)}× | ≤ 2× |`,
);
