import type { FigureName } from "./Figure";
import { FIGURE_STATISTICS } from "./figureStatistics";
import type { NodeStats } from "./rollUp";
import { NO_SOURCES, objectSources, type SourceTally, type TalliedSource } from "./SourceTally";
import type { ObjectStats } from "./StatValues";

/**
 * Where one figure of a node came from: the object's own values (their sources and when the
 * newest arrived), or the objects beneath it (their tally by source, and when anything there
 * last changed).
 */
export type FigureProvenance =
  | {
      readonly from: "own";
      readonly sources: readonly TalliedSource[];
      readonly receivedAt: number;
    }
  | { readonly from: "beneath"; readonly tally: SourceTally; readonly receivedAt: number | null };

export function figureProvenance(
  figure: FigureName,
  own: ObjectStats | undefined,
  stats: NodeStats,
): FigureProvenance {
  const sources = new Set<TalliedSource>();
  let receivedAt = -Infinity;
  for (const statistic of FIGURE_STATISTICS[figure]) {
    const entry = own?.get(statistic);
    if (!entry) continue;
    sources.add(entry.source ?? "unknown");
    receivedAt = Math.max(receivedAt, entry.receivedAt);
  }
  if (sources.size > 0) return { from: "own", sources: [...sources], receivedAt };
  return {
    from: "beneath",
    tally: beneath(stats.sources ?? NO_SOURCES, own),
    receivedAt: stats.lastChanged,
  };
}

/** A node's tally less its own object: the objects beneath it. */
function beneath(tally: SourceTally, own: ObjectStats | undefined): SourceTally {
  const mine = objectSources(own);
  if (mine === NO_SOURCES) return tally;
  const rest: Partial<Record<TalliedSource, number>> = { ...tally };
  for (const key in mine) {
    const source = key as TalliedSource;
    const left = (rest[source] ?? 0) - 1;
    if (left > 0) rest[source] = left;
    else delete rest[source];
  }
  return rest;
}
