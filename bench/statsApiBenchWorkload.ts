// The workload bench/statsApi.bench.ts shares between its processes: the same generated
// configuration, the statistics the default mapping opens for it, and the numeric ones that
// the 20,000 updates/s cycle through (in plan order, so that consecutive updates fall in the
// same subscription, as a busy Stat Server's changes would not, but as its notifications,
// which batch the statistics of one subscription, do).
import { generateConfig } from "../src/model/generate/generateConfig";
import type { Hierarchy } from "../src/model/hierarchy/Hierarchy";
import { analyseInputs } from "../src/model/pipeline/analyseInputs";
import { STATISTIC } from "../src/model/stats/Statistic";
import { DEFAULT_STATISTICS_MAPPING } from "../src/node/server/statisticsApi/statisticsMapping";
import {
  statisticsPlan,
  type PlannedObject,
} from "../src/node/server/statisticsApi/statisticsPlan";

export const BENCH_OBJECTS = 100_000;
const SEED = 13;

/** Figures whose values are text: the updates carry numbers only. */
const TEXT_FIGURES: ReadonlySet<string> = new Set([
  STATISTIC.status,
  STATISTIC.waiting,
  STATISTIC.dialMode,
  STATISTIC.state,
]);

export interface BenchStatistic {
  readonly objectType: string;
  readonly objectId: string;
  /** Our figure name (what a batch feeder sends). */
  readonly figure: string;
  /** The Stat Server statistic name (what the Statistics API sends). */
  readonly name: string;
}

export interface BenchWorkload {
  readonly hierarchy: Hierarchy;
  readonly plan: readonly PlannedObject[];
  readonly statistics: number;
  readonly updatable: readonly BenchStatistic[];
}

export function benchWorkload(objects = BENCH_OBJECTS): BenchWorkload {
  const { text } = generateConfig({ objects, seed: SEED });
  const { hierarchy } = analyseInputs(
    [{ path: "generated.json", content: new TextEncoder().encode(text) }],
    { pivot: "campaign", settings: null },
  );
  const plan = statisticsPlan(hierarchy, DEFAULT_STATISTICS_MAPPING);
  const updatable: BenchStatistic[] = [];
  let statistics = 0;
  for (const object of plan) {
    for (const s of object.statistics) {
      statistics += 1;
      if (TEXT_FIGURES.has(s.figure) || !("name" in s.statistic)) continue;
      updatable.push({
        objectType: s.objectType,
        objectId: s.objectId,
        figure: s.figure,
        name: s.statistic.name,
      });
    }
  }
  return { hierarchy, plan, statistics, updatable };
}

/**
 * Calls `send(count)` every `everyMs` with as many updates as are due at `rate` per second;
 * returns a stop function.
 */
export function paced(rate: number, everyMs: number, send: (count: number) => void): () => void {
  const start = performance.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - start) * rate) / 1000) - sent;
    if (due <= 0) return;
    sent += due;
    send(due);
  }, everyMs);
  return () => clearInterval(timer);
}

/** CPU time this process used since `since` (from process.cpuUsage), in ms. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export function memory(): { rss: number; heapUsed: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}
