// `npm run bench`: import -> resolve -> links -> hierarchy -> rules on generated configurations
// of 1k, 10k, 100k and 1M objects in each format, beside a baseline measured in the same run
// (JSON.parse + d3 stratify of the same text; saxes parse alone for XML). Prints a Markdown
// table of medians, per-stage times, the peak heap seen, and whether the 100k pipeline runs
// inside a 400 MB V8 heap; at 100k also the stages `check` runs (all but the hierarchy): the
// CLI's pipeline, whose target is 2.0× its baseline.
// `-- --sizes 1000,100k --formats mutagen-json` runs fewer.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { GENERATOR_FORMATS } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";
import { DEFECTS, generatedInput, SEED } from "./generatedInput";
import { median } from "./median";
import { parseSizes } from "./parseSizes";
import { runBaseline } from "./runBaseline";
import { runPipeline, STAGES } from "./runPipeline";
import type { PipelineRun, Stage } from "./runPipeline";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000,1000000" },
    formats: { type: "string", default: GENERATOR_FORMATS.join(",") },
  },
});
const SIZES = parseSizes(args.sizes);
const FORMATS = args.formats.split(",").map((format) => {
  const known = GENERATOR_FORMATS.find((name) => name === format);
  if (!known)
    throw new Error(`--formats: "${format}" is not one of ${GENERATOR_FORMATS.join(", ")}`);
  return known;
});
const runsOf = (objects: number): number => (objects <= 1_000 ? 7 : objects <= 10_000 ? 5 : 3);
// Unmeasured runs first, so that small sizes are not timed while V8 is still compiling; from
// 100k on the smaller sizes have warmed everything up already.
const warmUpsOf = (objects: number): number => (objects <= 1_000 ? 5 : objects <= 10_000 ? 2 : 0);
const HEAP_CAP_MB = 400;
// The app's pipeline (the worker's: the hierarchy included) at 100k, against JSON.parse +
// stratify of the same text.
const TARGET_RATIO = 2.5;
// The CLI's pipeline: the stages `campaign-lens check` runs (no hierarchy), against the same
// baseline.
const CHECK_TARGET_RATIO = 2.0;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench does)");

interface Row {
  readonly format: GeneratorFormat;
  readonly objects: number;
  readonly inputMb: number;
  readonly baseline: number;
  readonly pipeline: number;
  /** The pipeline less the hierarchy: what `check` runs. */
  readonly check: number;
  readonly stages: Record<Stage, number>;
  readonly peakHeapMb: number;
  readonly withinCap: string;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

function withinHeapCap(file: string): string {
  const child = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_CAP_MB}`, "--import", "tsx", "bench/pipelineWithinHeap.ts", file],
    { encoding: "utf8" },
  );
  return child.status === 0 ? "yes" : `no (exit ${child.status ?? child.signal})`;
}

async function measure(format: GeneratorFormat, objects: number): Promise<Row> {
  const file = await generatedInput(objects, format);
  const text = readFileSync(file, "utf8");
  const path = `generated-${objects}.${format === "xml" ? "xml" : "json"}`;
  for (let i = 0; i < warmUpsOf(objects); i++) {
    runPipeline(path, text);
    runBaseline(text, format);
  }
  const pipelines: PipelineRun[] = [];
  const baselines: number[] = [];
  // Pipeline and baseline runs alternate, so that a busy machine slows both alike.
  for (let i = 0; i < runsOf(objects); i++) {
    gc?.();
    baselines.push(runBaseline(text, format));
    gc?.();
    pipelines.push(runPipeline(path, text));
  }
  const stages = Object.fromEntries(
    STAGES.map((stage) => [stage, median(pipelines.map((run) => run.stages[stage]))]),
  ) as Record<Stage, number>;
  return {
    format,
    objects,
    inputMb: Buffer.byteLength(text) / 1024 / 1024,
    baseline: median(baselines),
    pipeline: median(pipelines.map((run) => run.total)),
    check: median(pipelines.map((run) => run.total - run.stages.hierarchy)),
    stages,
    peakHeapMb: mb(Math.max(...pipelines.map((run) => run.peakHeap))),
    withinCap: objects === 100_000 ? withinHeapCap(file) : "",
  };
}

const ms = (n: number): string => (n < 10 ? n.toFixed(1) : Math.round(n).toString());

function table(rows: readonly Row[]): string {
  const header = [
    "format",
    "objects",
    "input MB",
    "baseline ms",
    "pipeline ms",
    "ratio",
    ...STAGES.map((stage) => `${stage} ms`),
    "peak heap MB",
    `runs in ${HEAP_CAP_MB} MB heap`,
  ];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, i) => (i < 2 ? "---" : "---:")).join("|")}|`,
  ];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.format,
        r.objects.toLocaleString("en-US"),
        r.inputMb.toFixed(1),
        ms(r.baseline),
        ms(r.pipeline),
        `${(r.pipeline / r.baseline).toFixed(2)}×`,
        ...STAGES.map((stage) => ms(r.stages[stage])),
        Math.round(r.peakHeapMb),
        r.withinCap,
      ].join(" | ")} |`,
    );
  }
  return lines.join("\n");
}

const rows: Row[] = [];
for (const format of FORMATS) {
  for (const objects of SIZES) {
    process.stderr.write(`measuring ${format} ${objects} objects...\n`);
    rows.push(await measure(format, objects));
  }
}
const [load1] = loadavg();
console.log(
  `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}), load average ${load1?.toFixed(1)}; ` +
    `seed ${SEED}, defect rate ${DEFECTS}; medians of ${SIZES.map(runsOf).join("/")} runs`,
);
console.log();
console.log(table(rows));
console.log();
for (const r of rows.filter((row) => row.objects === 100_000)) {
  const ratio = r.pipeline / r.baseline;
  console.log(
    `${r.format} at 100k, the app's pipeline: ${ratio.toFixed(2)}× baseline (target within ${TARGET_RATIO.toFixed(1)}× its baseline: ${ratio <= TARGET_RATIO ? "met" : "NOT met"}), ` +
      `peak heap ${Math.round(r.peakHeapMb)} MB (target < ${HEAP_CAP_MB} MB: ${r.peakHeapMb < HEAP_CAP_MB ? "met" : "NOT met"}), ` +
      `runs inside a ${HEAP_CAP_MB} MB heap: ${r.withinCap}`,
  );
  const check = r.check / r.baseline;
  console.log(
    `${r.format} at 100k, the CLI's pipeline (the stages \`check\` runs, no hierarchy): ${ms(r.check)} ms, ${check.toFixed(2)}× baseline ` +
      `(target within ${CHECK_TARGET_RATIO.toFixed(1)}× its baseline: ${check <= CHECK_TARGET_RATIO ? "met" : "NOT met"})`,
  );
}
for (const r of rows.filter((row) => row.objects > 100_000)) {
  console.log(
    `${r.format} at ${r.objects.toLocaleString("en-US")}: pipeline ${(r.pipeline / 1000).toFixed(1)} s, ` +
      `${(r.pipeline / r.baseline).toFixed(2)}× baseline, peak heap ${Math.round(r.peakHeapMb)} MB ` +
      `(in process; \`npm run bench:cli\` measures the command against its 1M targets)`,
  );
}
