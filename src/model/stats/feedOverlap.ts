import type { FeedOverlap } from "./feedStatement";
import type { StatKey } from "./StatKey";
import { STATISTIC } from "./Statistic";
import type { ObjectStats, StatValues } from "./StatValues";

/**
 * How many of the objects with figures the configuration has a node for, and how many it has
 * not (counted as `unknownObjects` lists them: a refused id or one with only verdicts is not a
 * figure of another configuration).
 */
export function feedOverlap(
  values: StatValues,
  known: { has(key: StatKey): boolean },
): FeedOverlap {
  let inside = 0;
  let outside = 0;
  for (const [key, stats] of values.entries()) {
    if (!isFeedFigure(stats)) continue;
    if (known.has(key)) inside += 1;
    else outside += 1;
  }
  return { known: inside, unknown: outside };
}

/** Whether an object counts in the overlap: it has figures and is not refused. */
export function isFeedFigure(stats: ObjectStats | undefined): boolean {
  if (!stats || stats.get(STATISTIC.verdict)?.value === "refused") return false;
  for (const statistic of stats.keys()) {
    if (statistic.charCodeAt(0) !== 36) return true;
  }
  return false;
}
