// `npm run bench:gc`: the garbage collector's pauses during the 100k pipeline, stage by stage,
// beside its pauses during the baseline measured in the same run, and the new memory pages
// each touches (minor page faults), with what touching a new page costs on this machine. Pauses are read from
// PerformanceObserver's `gc` entries (main-thread pause of each collection) and counted in the
// stage whose time span holds their start. Each run starts after a full collection, as in
// `npm run bench`. Mutagen JSON and RAW by default (XML meets its target; its saxes baseline
// also slows down after several runs in one process); BENCH_FORMATS=mutagen-json,xml picks others.
import { cpus, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { generateConfig } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";
import { median } from "./median";
import { runBaseline } from "./runBaseline";
import { runPipeline, STAGES } from "./runPipeline";
import type { Stage } from "./runPipeline";

const OBJECTS = 100_000;
const WARM_UPS = 2;
const RUNS = 5;
const formats = (process.env.BENCH_FORMATS?.split(",") ?? [
  "mutagen-json",
  "mutagen-raw",
]) as GeneratorFormat[];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc (npm run bench:gc does)");

interface Pause {
  readonly start: number;
  readonly duration: number;
}
const pauses: Pause[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    pauses.push({ start: entry.startTime, duration: entry.duration });
  }
}).observe({ entryTypes: ["gc"] });

/** The observer's entries arrive on a later turn of the event loop. */
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 10));

/** Total pause (ms) and number of collections that started in [from, to). */
function pausedIn(from: number, to: number): [number, number] {
  const inside = pauses.filter((p) => p.start >= from && p.start < to);
  return [inside.reduce((sum, p) => sum + p.duration, 0), inside.length];
}

const [load1] = loadavg();
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${load1?.toFixed(1)}; ` +
    `${OBJECTS.toLocaleString("en-US")} objects, seed 1, defect rate 0.05; medians of ${RUNS} runs`,
);
console.log();
const columns = ["baseline", ...STAGES, "pipeline"] as const;
const minorFaults = (): number => process.resourceUsage().minorPageFault;
const pages: string[] = [];
console.log(`| format | ${columns.join(" | ")} |`);
console.log(`|---|${columns.map(() => "---:").join("|")}|`);
for (const format of formats) {
  const { text } = generateConfig({ objects: OBJECTS, seed: 1, defects: 0.05, format });
  for (let i = 0; i < WARM_UPS; i++) {
    runBaseline(text, format);
    runPipeline("generated", text);
  }
  const rows: Record<(typeof columns)[number], [number, number, number]>[] = [];
  const faultsPerRun: [number, number][] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    await settle();
    pauses.length = 0;
    const baselineStart = performance.now();
    let faults = minorFaults();
    const baseline = runBaseline(text, format);
    const baselineFaults = minorFaults() - faults;
    gc();
    faults = minorFaults();
    const run = runPipeline("generated", text);
    const pipelineFaults = minorFaults() - faults;
    faultsPerRun.push([baselineFaults, pipelineFaults]);
    await settle();
    const row = {} as Record<(typeof columns)[number], [number, number, number]>;
    row.baseline = [...pausedIn(baselineStart, baselineStart + baseline), baseline];
    for (const stage of STAGES) {
      const from = run.startedAt[stage];
      row[stage as Stage] = [...pausedIn(from, from + run.stages[stage]), run.stages[stage]];
    }
    const from = run.startedAt.import;
    row.pipeline = [...pausedIn(from, from + run.total), run.total];
    rows.push(row);
  }
  const cell = (column: (typeof columns)[number]): string => {
    const [ms, count, time] = [0, 1, 2].map((i) => median(rows.map((r) => r[column][i]!)));
    return `${Math.round(ms!)} (${count}) / ${Math.round(time!)}`;
  };
  console.log(`| ${format} | ${columns.map(cell).join(" | ")} |`);
  const [baselinePages, pipelinePages] = [0, 1].map((i) => median(faultsPerRun.map((f) => f[i]!)));
  pages.push(
    `${format}: baseline ${baselinePages!.toLocaleString("en-US")}, pipeline ${pipelinePages!.toLocaleString("en-US")}`,
  );
}
console.log();
console.log(
  "Each cell: GC pauses in ms (collections) / the span in ms. GC pauses: the main-thread " +
    "pauses of the collections that started in that span.",
);

/** Microseconds to touch one new 4 KB page: 64 MB of fresh memory, one write per page. */
function pageCost(): number {
  const bytes = new Uint8Array(64 * 1024 * 1024);
  const faults = minorFaults();
  const started = performance.now();
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
  const elapsed = performance.now() - started;
  return (elapsed * 1000) / Math.max(1, minorFaults() - faults);
}
console.log();
console.log(`New 4 KB pages touched per run (minor page faults), medians: ${pages.join("; ")}.`);
console.log(
  `Touching a new page costs about ${median([pageCost(), pageCost(), pageCost()]).toFixed(1)} µs on this machine.`,
);
