// The command's start-up and whole-process time, beside baselines measured in the same run:
// `campaign-lens check` on the demo file beside a bare `node -e ""`, and on generated 100k- and
// 1M-object exports beside a process that only reads, JSON.parses and d3.stratifies the same
// file; also `check --format sarif` (which places each finding in its file) and
// `tree --format json` on the same exports, beside the same baseline. All are separate
// processes timed from spawn to exit (wall clock), as a user sees them, and by the CPU time
// each used (user + system, all its threads, as it reports on exit).
// Each also reports its peak resident memory. A command and its baseline take turns, run by
// run, so a busy spell slows both alike and the wall ratio within a run is the target's
// figure; the CPU time, steadier from one run to the next on a shared machine, is the one to
// compare a change by. `-- --sizes 100000` skips the 1M export.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { BENCH_DIR, generatedInput } from "./generatedInput";
import { median } from "./median";
import { parseSizes } from "./parseSizes";

const ROOT = resolve(import.meta.dirname, "..");
const LENS = join(ROOT, "dist-cli", "campaign-lens.js");
const DEMO = join(ROOT, "public", "samples", "small-clean.json");
const SMALL_RUNS = 21;
const { values: args } = parseArgs({
  options: { sizes: { type: "string", default: "100000,1000000" } },
});
const LARGE_SIZES = parseSizes(args.sizes);
const runsOf = (objects: number): number => (objects <= 100_000 ? 7 : 3);
const TARGET_RATIO = 2;
const MILLION_TARGET_MS = 5_000;
const MILLION_TARGET_MB = 1_024;

// Preloaded into every timed process alike: on exit it writes the CPU time the process used,
// in milliseconds, and its peak resident set size, in kilobytes, to file descriptor 3.
const REPORT_USAGE = `data:text/javascript,${encodeURIComponent(
  'import { writeSync } from "node:fs";' +
    'process.on("exit", () => { const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();' +
    " writeSync(3, JSON.stringify({ cpu: (userCPUTime + systemCPUTime) / 1000, maxRss: maxRSS })); });",
)}`;

interface Usage {
  /** CPU time, ms. */
  readonly cpu: number;
  /** Peak resident set size, MB. */
  readonly rss: number;
}

/** Runs one process; the CPU time and memory it used. */
function must(args: readonly string[], what: string): Usage {
  const result = spawnSync(process.execPath, ["--import", REPORT_USAGE, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  if (result.status !== 0 && !(what === "check" && result.status === 1)) {
    throw new Error(`${what} exited ${result.status}: ${result.stderr.toString()}`);
  }
  const { cpu, maxRss } = JSON.parse((result.output[3] as Buffer).toString()) as {
    cpu: number;
    maxRss: number;
  };
  return { cpu, rss: maxRss / 1024 };
}

interface Timing {
  /** Median wall time, ms. */
  readonly wall: number;
  /** Median CPU time, ms. */
  readonly cpu: number;
  /** Median peak resident set size, MB. */
  readonly rss: number;
}

/** A process to time: its arguments, and what to call it in an error. */
interface Command {
  readonly args: readonly string[];
  readonly what: string;
}

/**
 * Medians of `runs` processes of each command, the commands taking turns (one of each, then
 * the next round), so that a machine busier for a while slows each side alike. Each command
 * runs once first, unmeasured, so that its files are in the page cache.
 */
function timeInTurns(commands: readonly Command[], runs: number): Timing[] {
  for (const { args, what } of commands) must(args, what);
  const walls = commands.map((): number[] => []);
  const usages = commands.map((): Usage[] => []);
  for (let i = 0; i < runs; i += 1) {
    commands.forEach(({ args, what }, c) => {
      const started = performance.now();
      usages[c]!.push(must(args, what));
      walls[c]!.push(performance.now() - started);
    });
  }
  return commands.map((_, c) => ({
    wall: median(walls[c]!),
    cpu: median(usages[c]!.map((usage) => usage.cpu)),
    rss: median(usages[c]!.map((usage) => usage.rss)),
  }));
}

mkdirSync(BENCH_DIR, { recursive: true });
must(["scripts/build-cli.mjs", "--if-stale"], "build");
const baselineScript = join(BENCH_DIR, "readParseStratify.mjs");
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

const [bare, demo] = timeInTurns(
  [
    { args: ["-e", ""], what: "node" },
    { args: [LENS, "check", DEMO], what: "check" },
  ],
  SMALL_RUNS,
) as [Timing, Timing];
const large: { objects: number; baseline: Timing; whole: Timing; sarif: Timing; tree: Timing }[] =
  [];
for (const objects of LARGE_SIZES) {
  const file = await generatedInput(objects, "mutagen-json");
  process.stderr.write(`timing check and tree on ${objects.toLocaleString("en")} objects…\n`);
  const [baseline, whole, sarif, tree] = timeInTurns(
    [
      { args: [baselineScript, file], what: "baseline" },
      { args: [LENS, "check", file], what: "check" },
      { args: [LENS, "check", "--format", "sarif", file], what: "check" },
      { args: [LENS, "tree", "--format", "json", file], what: "tree" },
    ],
    runsOf(objects),
  ) as [Timing, Timing, Timing, Timing];
  large.push({ objects, baseline, whole, sarif, tree });
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (value: number) => `${Math.round(value)} MB`;
const ratio = (of: keyof Timing, a: Timing, b: Timing, digits: number) =>
  `${(a[of] / b[of]).toFixed(digits)}×`;
const met = (ok: boolean) => (ok ? "met" : "NOT met");
function targetOf(objects: number, whole: Timing, baseline: Timing): string {
  if (objects === 1_000_000) {
    return (
      `wall ≤ ${MILLION_TARGET_MS / 1000} s (${met(whole.wall <= MILLION_TARGET_MS)}), ` +
      `RSS ≤ 1 GB (${met(whole.rss <= MILLION_TARGET_MB)})`
    );
  }
  if (objects === 100_000) {
    return `wall ≤ ${TARGET_RATIO}× (${met(whole.wall <= TARGET_RATIO * baseline.wall)})`;
  }
  return "";
}
console.log(
  `bench:cli: node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}; medians of ${SMALL_RUNS} (demo) and ${LARGE_SIZES.map(runsOf).join("/")} (${LARGE_SIZES.map((n) => n.toLocaleString("en")).join("/")} objects) runs\n`,
);
console.log(
  "| process | wall | baseline | ratio | CPU | baseline CPU | CPU ratio | peak RSS | baseline peak RSS | target |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
console.log(
  `| \`campaign-lens check\` on small-clean.json vs \`node -e ""\` | ${ms(demo.wall)} | ${ms(bare.wall)} | ${ratio("wall", demo, bare, 1)} | ${ms(demo.cpu)} | ${ms(bare.cpu)} | ${ratio("cpu", demo, bare, 1)} | ${mb(demo.rss)} | ${mb(bare.rss)} | ≤ 200 ms (${met(demo.wall <= 200)}) |`,
);
for (const { objects, baseline, whole, sarif, tree } of large) {
  const row = (what: string, timing: Timing, target: string) =>
    `| ${what} on ${objects.toLocaleString("en")} objects vs read + JSON.parse + d3.stratify | ${ms(timing.wall)} | ${ms(baseline.wall)} | ${ratio("wall", timing, baseline, 2)} | ${ms(timing.cpu)} | ${ms(baseline.cpu)} | ${ratio("cpu", timing, baseline, 2)} | ${mb(timing.rss)} | ${mb(baseline.rss)} | ${target} |`;
  console.log(row("`campaign-lens check`", whole, targetOf(objects, whole, baseline)));
  // SARIF places each finding in its file, which reads the file a second time.
  console.log(row("`campaign-lens check --format sarif`", sarif, "reported"));
  console.log(row("`campaign-lens tree --format json`", tree, "reported"));
}
