// Compares two generated snapshots of about 100k objects with a few hundred changes between
// them, and prints the time the diff takes beside the time loading the two snapshots takes
// (the baseline, measured in the same run on the same texts). Loads and diffs alternate, and
// each figure is the median of RUNS, so a busy machine slows both alike.
//
//   npm run -s bench:diff [-- <objects>]

import { buildScenario } from "../src/model/generate/buildScenario";
import { createRandom } from "../src/model/random/createRandom";
import type { GenConfig } from "../src/model/generate/GeneratedConfig";
import { NameRegistry } from "../src/model/generate/NameRegistry";
import { writeMutagenJson } from "../src/model/generate/writeMutagenJson";
import { writeMutagenRaw } from "../src/model/generate/writeMutagenRaw";
import { diffFindings } from "../src/model/diff/diffFindings";
import { diffModels } from "../src/model/diff/diffModels";
import { loadConfig } from "../src/model/loadConfig";
import { runRules } from "../src/model/rules/runRules";
import { median } from "./median";

const OBJECTS = Number(process.argv[2] ?? 100_000);
const EACH = 80;
const RUNS = 3;

/** Five kinds of change, EACH of them, spread evenly through the configuration. */
function applyChanges(config: GenConfig): number {
  const every = <T>(list: T[], n: number) =>
    list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
  for (const c of every(config.campaigns, EACH)) c.name = `${c.name}_v2`;
  config.campaignGroups = config.campaignGroups.map((g, i) =>
    i % Math.floor(config.campaignGroups.length / EACH) === 0 &&
    i / Math.floor(config.campaignGroups.length / EACH) < EACH
      ? { ...g, dialMode: g.dialMode === "Predict" ? "Progress" : "Predict" }
      : g,
  );
  const groups = config.agentGroups.filter((g) => g.members.length > 1);
  for (const [i, from] of every(groups, EACH).entries()) {
    const to = groups[(groups.indexOf(from) + 1) % groups.length]!;
    if (to.tenant !== from.tenant || i >= EACH) continue;
    to.members.push(from.members.pop()!);
  }
  for (const c of every(
    config.campaigns.filter((c) => c.lists.length > 0),
    EACH,
  )) {
    c.lists[0]!.share = 0;
  }
  const removed = new Set(every(config.places, EACH));
  for (const g of config.placeGroups) g.members = g.members.filter((p) => !removed.has(p));
  config.places.splice(0, config.places.length, ...config.places.filter((p) => !removed.has(p)));
  return 5 * EACH;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

const ms = (t: number) => `${Math.round(t).toString().padStart(6)} ms`;

console.log(
  `node ${process.version}, load average ${(await import("node:os")).loadavg()[0]!.toFixed(1)}; medians of ${RUNS} runs`,
);
for (const [format, write] of [
  ["mutagen-raw", writeMutagenRaw],
  ["mutagen-json", writeMutagenJson],
] as const) {
  const config = buildScenario(OBJECTS, createRandom(7), new NameRegistry());
  const beforeText = write(config);
  const planted = applyChanges(config);
  const afterText = write(config);

  const loads: number[] = [];
  const compares: number[] = [];
  const rulesRuns: number[] = [];
  let result: {
    before: ReturnType<typeof loadConfig>;
    after: ReturnType<typeof loadConfig>;
    diff: ReturnType<typeof diffModels>;
    findings: ReturnType<typeof diffFindings>;
  } | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    const [[before, after], load] = time(() => [
      loadConfig([{ path: "before.json", content: beforeText }]),
      loadConfig([{ path: "after.json", content: afterText }]),
    ]);
    const [diff, compare] = time(() => diffModels(before, after));
    const [findings, rules] = time(() => diffFindings(runRules(before), runRules(after)));
    loads.push(load);
    compares.push(compare);
    rulesRuns.push(rules);
    result = { before, after, diff, findings };
  }
  const { before, after, diff, findings } = result!;
  const [load, compare, rules] = [median(loads), median(compares), median(rulesRuns)];

  console.log(
    `${format}: ${before.objects.size} objects before, ${after.objects.size} after, ~${planted} changes planted`,
  );
  console.log(`  load both snapshots (baseline) ${ms(load)}`);
  console.log(`  diffModels                     ${ms(compare)}   ${JSON.stringify(diff.counts)}`);
  console.log(
    `  runRules both + diffFindings   ${ms(rules)}   ${findings.introduced.length} introduced, ${findings.fixed.length} fixed`,
  );
}
