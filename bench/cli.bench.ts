// The command's start-up and whole-process time, beside baselines measured in the same run:
// `campaign-lens check` on the demo file beside a bare `node -e ""`, and on a generated
// 100k-object export beside a process that only reads, JSON.parses and d3.stratifies the same
// file. All are separate processes timed from spawn to exit (wall clock), as a user sees them,
// and by the CPU time each used (user + system, all its threads, as it reports on exit): on a
// shared machine the wall clock mostly measures the wait for a core, the CPU time the work.
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

// Preloaded into every timed process alike: on exit it writes the CPU time the process used,
// in milliseconds, to file descriptor 3.
const REPORT_CPU = `data:text/javascript,${encodeURIComponent(
  'import { writeSync } from "node:fs";' +
    'process.on("exit", () => { const { user, system } = process.cpuUsage();' +
    " writeSync(3, String((user + system) / 1000)); });",
)}`;

/** Runs one process; its CPU time in milliseconds. */
function must(args: readonly string[], what: string): number {
  const result = spawnSync(process.execPath, ["--import", REPORT_CPU, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  if (result.status !== 0 && !(what === "check" && result.status === 1)) {
    throw new Error(`${what} exited ${result.status}: ${result.stderr.toString()}`);
  }
  return Number((result.output[3] as Buffer).toString());
}

interface Timing {
  /** Median wall time, ms. */
  readonly wall: number;
  /** Median CPU time, ms. */
  readonly cpu: number;
}

/** Medians of `runs` processes started with `args`. */
function time(args: readonly string[], runs: number, what: string): Timing {
  must(args, what);
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    cpus.push(must(args, what));
    walls.push(performance.now() - started);
  }
  return { wall: median(walls), cpu: median(cpus) };
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

const bare = time(["-e", ""], SMALL_RUNS, "node");
const demo = time([LENS, "check", DEMO], SMALL_RUNS, "check");
const baseline = time([baselineScript, large], LARGE_RUNS, "baseline");
const whole = time([LENS, "check", large], LARGE_RUNS, "check");

const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (of: keyof Timing, a: Timing, b: Timing, digits: number) =>
  `${(a[of] / b[of]).toFixed(digits)}×`;
console.log(
  `bench:cli: node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}; medians of ${SMALL_RUNS} (demo) and ${LARGE_RUNS} (100k) runs\n`,
);
console.log("| process | wall | baseline | ratio | CPU | baseline CPU | CPU ratio | target |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
console.log(
  `| \`campaign-lens check\` on small-clean.json vs \`node -e ""\` | ${ms(demo.wall)} | ${ms(bare.wall)} | ${ratio("wall", demo, bare, 1)} | ${ms(demo.cpu)} | ${ms(bare.cpu)} | ${ratio("cpu", demo, bare, 1)} | ≤ 200 ms |`,
);
console.log(
  `| \`campaign-lens check\` on ${LARGE_OBJECTS.toLocaleString("en")} objects vs read + JSON.parse + d3.stratify | ${ms(whole.wall)} | ${ms(baseline.wall)} | ${ratio("wall", whole, baseline, 2)} | ${ms(whole.cpu)} | ${ms(baseline.cpu)} | ${ratio("cpu", whole, baseline, 2)} | ≤ 2× |`,
);
