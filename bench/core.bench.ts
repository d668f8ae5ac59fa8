// `npm run bench`: import -> resolve -> links -> hierarchy -> rules on generated configurations
// of 1k, 10k and 100k objects in each format, beside a baseline measured in the same run
// (JSON.parse + d3 stratify of the same text; saxes parse alone for XML). Prints a Markdown
// table of medians, per-stage times, the peak heap seen, and whether the 100k pipeline runs
// inside a 400 MB V8 heap.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { GENERATOR_FORMATS, generateConfig } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";
import { median } from "./median";
import { runBaseline } from "./runBaseline";
import { runPipeline, STAGES } from "./runPipeline";
import type { PipelineRun, Stage } from "./runPipeline";

const SIZES = [1_000, 10_000, 100_000] as const;
const RUNS: Record<(typeof SIZES)[number], number> = { 1_000: 7, 10_000: 5, 100_000: 3 };
// Unmeasured runs first, so that small sizes are not timed while V8 is still compiling; at
// 100k the smaller sizes have warmed everything up already.
const WARM_UPS: Record<(typeof SIZES)[number], number> = { 1_000: 5, 10_000: 2, 100_000: 0 };
const HEAP_CAP_MB = 400;
const TARGET_RATIO = 2.5;
const SEED = 1;
const DEFECTS = 0.05;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench does)");

interface Row {
  readonly format: GeneratorFormat;
  readonly objects: number;
  readonly inputMb: number;
  readonly baseline: number;
  readonly pipeline: number;
  readonly stages: Record<Stage, number>;
  readonly peakHeapMb: number;
  readonly withinCap: string;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

function withinHeapCap(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lens-bench-"));
  try {
    const file = join(dir, "config");
    writeFileSync(file, text);
    const child = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_CAP_MB}`,
        "--import",
        "tsx",
        "bench/pipelineWithinHeap.ts",
        file,
      ],
      { encoding: "utf8" },
    );
    return child.status === 0 ? "yes" : `no (exit ${child.status ?? child.signal})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measure(format: GeneratorFormat, objects: (typeof SIZES)[number]): Row {
  const { text } = generateConfig({ objects, seed: SEED, defects: DEFECTS, format });
  const path = `generated-${objects}.${format === "xml" ? "xml" : "json"}`;
  for (let i = 0; i < WARM_UPS[objects]; i++) {
    runPipeline(path, text);
    runBaseline(text, format);
  }
  const pipelines: PipelineRun[] = [];
  const baselines: number[] = [];
  // Pipeline and baseline runs alternate, so that a busy machine slows both alike.
  for (let i = 0; i < RUNS[objects]; i++) {
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
    stages,
    peakHeapMb: mb(Math.max(...pipelines.map((run) => run.peakHeap))),
    withinCap: objects === 100_000 ? withinHeapCap(text) : "",
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
for (const format of GENERATOR_FORMATS) {
  for (const objects of SIZES) {
    process.stderr.write(`measuring ${format} ${objects} objects...\n`);
    rows.push(measure(format, objects));
  }
}
const [load1] = loadavg();
console.log(
  `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}), load average ${load1?.toFixed(1)}; ` +
    `seed ${SEED}, defect rate ${DEFECTS}; medians of ${Object.values(RUNS).join("/")} runs`,
);
console.log();
console.log(table(rows));
console.log();
for (const r of rows.filter((row) => row.objects === 100_000)) {
  const ratio = r.pipeline / r.baseline;
  console.log(
    `${r.format} at 100k: ${ratio.toFixed(2)}× baseline (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "met" : "NOT met"}), ` +
      `peak heap ${Math.round(r.peakHeapMb)} MB (target < ${HEAP_CAP_MB} MB: ${r.peakHeapMb < HEAP_CAP_MB ? "met" : "NOT met"}), ` +
      `runs inside a ${HEAP_CAP_MB} MB heap: ${r.withinCap}`,
  );
}
