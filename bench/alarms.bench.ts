// node --import tsx bench/alarms.bench.ts [-- --objects 100000 --rounds 30]
//
// What the alarm tracker costs beside the roll-up it watches, in the same run over the same
// simulated updates: the store's incremental roll-up of each batch is the baseline. Each round
// simulates 100 ms (at 100k objects the simulator sends tens of thousands of updates a
// second), rolls the batch up, then runs one tracker check, and one more with nothing new.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { generateConfig } from "../src/model/generate/generateConfig";
import { buildHierarchy } from "../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../src/model/loadConfig";
import { RollUpCache } from "../src/model/stats/RollUpCache";
import { Simulator } from "../src/model/stats/Simulator";
import { StatValues } from "../src/model/stats/StatValues";
import { DEFAULT_THRESHOLDS } from "../src/model/stats/Threshold";
import { AlarmTracker } from "../src/ui/stats/alarms/AlarmTracker";
import { median } from "./median";

const { values } = parseArgs({
  options: {
    objects: { type: "string", default: "100000" },
    rounds: { type: "string", default: "30" },
  },
});
const objects = Number(values.objects);
const rounds = Number(values.rounds);

const { text } = generateConfig({ objects, seed: 5 });
const hierarchy = buildHierarchy(
  loadConfig([{ path: "generated.json", content: new TextEncoder().encode(text) }]),
  "campaign",
);
const sim = new Simulator(hierarchy, { seed: 3, startTime: 1_700_000_000_000 });
const statValues = new StatValues();
statValues.applyAll(sim.snapshot(), sim.now);
const cache = new RollUpCache(hierarchy);
const options = () => ({ now: sim.now, periodicIntervalMs: 2000 });
cache.full(statValues, options());

// The store's view as the tracker reads it: the roll-up's node map, updated in place.
const listeners = new Set<() => void>();
const source = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getView: () => ({
    now: sim.now,
    nodes: cache.stats,
    hierarchy: cache.hierarchy,
    thresholds: DEFAULT_THRESHOLDS,
  }),
};
const publish = () => {
  for (const listener of listeners) listener();
};

const tasks: (() => void)[] = [];
const slices: number[] = [];
const tracker = new AlarmTracker(source, {
  schedule: (run) =>
    tasks.push(() => {
      const started = performance.now();
      run();
      slices.push(performance.now() - started);
    }),
  minGapMs: 0,
});
const check = (): number => {
  slices.length = 0;
  const started = performance.now();
  while (tasks.length > 0) tasks.shift()!();
  return performance.now() - started;
};

publish();
const first = check();
const firstLongest = Math.max(...slices);

const commits: number[] = [];
const checks: number[] = [];
const longest: number[] = [];
const idle: number[] = [];
let updates = 0;
for (let round = 0; round < rounds; round += 1) {
  const batch = sim.tick(100);
  updates += batch.length;
  statValues.applyAll(batch, sim.now);
  const started = performance.now();
  cache.update(statValues, options());
  commits.push(performance.now() - started);
  publish();
  checks.push(check());
  longest.push(Math.max(0, ...slices));
  publish();
  idle.push(check());
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const p95 = (list: readonly number[]) =>
  [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.95)]!;
console.log(
  `${hierarchy.size} nodes, ${Math.round(updates / rounds)} updates a round, ${tracker.getAlarms().alarms.size} alarms, load ${loadavg()[0]!.toFixed(1)}`,
);
console.log(
  `first check (sorts the nodes by kind): ${ms(first)}, longest slice ${ms(firstLongest)}`,
);
console.log(`roll-up update (baseline):  median ${ms(median(commits))}, p95 ${ms(p95(commits))}`);
console.log(`tracker check:            median ${ms(median(checks))}, p95 ${ms(p95(checks))}`);
console.log(`tracker longest slice:    median ${ms(median(longest))}, p95 ${ms(p95(longest))}`);
console.log(`tracker, nothing new:     median ${ms(median(idle))}, p95 ${ms(p95(idle))}`);
