import { STAT_SOURCE_LABEL } from "../../model/stats/StatSource";
import {
  talliedSources,
  type SourceTally,
  type TalliedSource,
} from "../../model/stats/SourceTally";

/** A source as a person reads it: "OCS", "simulated", "Stat Server", "feeder", "unknown source". */
export function sourceLabel(source: TalliedSource): string {
  return source === "unknown" ? "unknown source" : STAT_SOURCE_LABEL[source];
}

/** "OCS (12), simulated (3)": the objects by source, most first; "" for none. */
export function tallyText(tally: SourceTally): string {
  return talliedSources(tally)
    .map(([source, count]) => `${sourceLabel(source)} (${count})`)
    .join(", ");
}

const MARK: Readonly<Record<TalliedSource, string>> = {
  ocs: "OCS",
  statServer: "SS",
  feeder: "feed",
  simulated: "sim",
  unknown: "?",
};

/**
 * The short mark a node's chips carry for where its figures came from ("OCS", "sim", "mix"),
 * and the sentence a screen reader and a tooltip give for it; null when there is nothing to
 * say: no figures, or only the source the whole page runs on (the simulator in Simulated
 * mode), or only values whose source no one said.
 */
export function sourceMark(
  tally: SourceTally | undefined,
  pageRunsOn: TalliedSource | null,
): { readonly mark: string; readonly text: string; readonly kind: TalliedSource | "mixed" } | null {
  if (!tally) return null;
  const sources = talliedSources(tally);
  if (sources.length === 0) return null;
  if (sources.length === 1) {
    const [source] = sources[0]!;
    if (source === pageRunsOn || source === "unknown") return null;
    const text = sources[0]![1] === 1 ? sourceLabel(source) : tallyText(tally);
    return { mark: MARK[source], text: `Figures from ${text}`, kind: source };
  }
  return { mark: "mix", text: `Figures from ${tallyText(tally)}`, kind: "mixed" };
}
