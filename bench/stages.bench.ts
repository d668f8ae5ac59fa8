// `npm run bench:stages`: each stage of the pipeline, warm, repeated over one 100k-object
// model (best and median of 12 runs), beside the baseline of `npm run bench` measured in the
// same run. The stages are timed inside the one pipeline (`analyseInputs`, through its phase
// hooks), so the figures are those of the code the app, the CLI and the server run. It shows
// how far each stage is from the baseline: the floor this object model sets for the pipeline.
import { cpus, loadavg } from "node:os";
import { GENERATOR_FORMATS, generateConfig } from "../src/model/generate/generateConfig";
import type { GeneratorFormat } from "../src/model/generate/generateConfig";
import { median } from "./median";
import { runBaseline } from "./runBaseline";
import { runPipeline, STAGES } from "./runPipeline";

const OBJECTS = 100_000;
const RUNS = 12;
const formats = (process.env.BENCH_FORMATS?.split(",") ?? GENERATOR_FORMATS) as GeneratorFormat[];

function time(run: () => unknown): number {
  const started = performance.now();
  run();
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
  const times: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    (times.baseline ??= []).push(time(() => runBaseline(text, format)));
    const { stages } = runPipeline("generated", text);
    for (const stage of STAGES) (times[stage] ??= []).push(stages[stage]);
  }
  const best = (stage: string): number => Math.min(...times[stage]!);
  const cell = (stage: string): string =>
    `${Math.round(best(stage))} / ${Math.round(median(times[stage]!))}`;
  const names = STAGES;
  const sum = names.reduce((total, stage) => total + best(stage), 0);
  console.log(
    `| ${format} | ${cell("baseline")} | ${names.map(cell).join(" | ")} | ${Math.round(sum)} | ${(sum / best("baseline")).toFixed(2)}× |`,
  );
}
console.log();
console.log("stages: the sum of the best times; ratio: that sum over the best baseline.");
