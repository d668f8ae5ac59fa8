// `npm run bench:stages`: each stage of the pipeline on its own, warm, repeated over one
// 100k-object model (best and median of 12 runs), beside the baseline of `npm run bench`
// measured in the same run. It shows how far each stage is from the baseline when nothing
// else runs: the floor this object model sets for the pipeline as a whole.
import { cpus, loadavg } from "node:os";
import { resolveModel } from "../src/model/config/resolveModel";
import { GENERATOR_FORMATS, generateConfig } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";
import { buildHierarchy } from "../src/model/hierarchy/buildHierarchy";
import { treeOf } from "../src/model/hierarchy/treeOf";
import { linkModel } from "../src/model/hierarchy/linkModel";
import { importConfig } from "../src/model/import/importConfig";
import { runRules } from "../src/model/rules/runRules";
import { median } from "./median";
import { runBaseline } from "./runBaseline";

const OBJECTS = 100_000;
const RUNS = 12;
const formats = (process.env.BENCH_FORMATS?.split(",") ?? GENERATOR_FORMATS) as GeneratorFormat[];

/** A stage to time, and what it needs made before each run (not timed). */
interface Stage {
  readonly prepare?: () => unknown;
  readonly run: (prepared: unknown) => unknown;
}

function time({ prepare, run }: Stage): number {
  const prepared = prepare?.();
  const started = performance.now();
  run(prepared);
  return performance.now() - started;
}

const [load1] = loadavg();
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${load1?.toFixed(1)}; ` +
    `${OBJECTS.toLocaleString("en-US")} objects, seed 1, defect rate 0.05; best / median of ${RUNS} runs (ms)`,
);
console.log();
console.log(
  "| format | baseline | import | resolve | links | hierarchy | rules | stages | ratio |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const format of formats) {
  const { text } = generateConfig({ objects: OBJECTS, seed: 1, defects: 0.05, format });
  const file = importConfig({ path: "generated", content: text });
  const model = resolveModel([file]);
  const links = linkModel(model);
  const stages: Record<string, Stage> = {
    baseline: { run: () => runBaseline(text, format) },
    import: { run: () => importConfig({ path: "generated", content: text }) },
    // resolveModel resolves a file's objects in place the first time (a file resolved again
    // is copied), so each run resolves a file imported afresh, as the app does.
    resolve: {
      prepare: () => importConfig({ path: "generated", content: text }),
      run: (imported) => resolveModel([imported as typeof file]),
    },
    links: { run: () => linkModel(model) },
    hierarchy: { run: () => treeOf(buildHierarchy(model, "campaign", links)) },
    rules: { run: () => runRules(model, {}, links) },
  };
  const times: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [stage, run] of Object.entries(stages)) (times[stage] ??= []).push(time(run));
  }
  const best = (stage: string): number => Math.min(...times[stage]!);
  const cell = (stage: string): string =>
    `${Math.round(best(stage))} / ${Math.round(median(times[stage]!))}`;
  const names = ["import", "resolve", "links", "hierarchy", "rules"];
  const sum = names.reduce((total, stage) => total + best(stage), 0);
  console.log(
    `| ${format} | ${cell("baseline")} | ${names.map(cell).join(" | ")} | ${Math.round(sum)} | ${(sum / best("baseline")).toFixed(2)}× |`,
  );
}
console.log();
console.log("stages: the sum of the best times; ratio: that sum over the best baseline.");
