import type { StatSource } from "./StatSource";
import type { ObjectStats } from "./StatValues";

/** A source, or "unknown" for values whose sender did not say (an older server's stream). */
export type TalliedSource = StatSource | "unknown";

/**
 * How many objects, at a node and beneath it, have values from each source. An object with
 * values from two sources (OCS's figures beside the simulator's) counts under both, so a
 * rolled-up figure can say "from OCS (12), simulated (3)" and a mix is visible.
 */
export type SourceTally = Readonly<Partial<Record<TalliedSource, number>>>;

export const NO_SOURCES: SourceTally = Object.freeze({});

/** The sources of one object's values; reserved statistics (`$verdict`) are not figures. */
export function objectSources(own: ObjectStats | undefined): SourceTally {
  if (!own) return NO_SOURCES;
  let tally: Partial<Record<TalliedSource, number>> | null = null;
  for (const [statistic, entry] of own) {
    if (statistic.charCodeAt(0) === 36) continue;
    const source: TalliedSource = entry.source ?? "unknown";
    tally ??= {};
    tally[source] = 1;
  }
  return tally ?? NO_SOURCES;
}

/** The sum of tallies; the first one itself when the others add nothing. */
export function addTallies(first: SourceTally, rest: readonly SourceTally[]): SourceTally {
  let sum: Partial<Record<TalliedSource, number>> | null = null;
  for (const tally of rest) {
    for (const key in tally) {
      const count = tally[key as TalliedSource]!;
      sum ??= { ...first };
      sum[key as TalliedSource] = (sum[key as TalliedSource] ?? 0) + count;
    }
  }
  return sum ?? first;
}

/** The tally's sources, most objects first. */
export function talliedSources(tally: SourceTally): [TalliedSource, number][] {
  return (Object.entries(tally) as [TalliedSource, number][]).sort((a, b) => b[1] - a[1]);
}
