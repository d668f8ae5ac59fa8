import type { Finding } from "./Finding";
import { baselineEntry, type BaselineEntry } from "./FindingsBaseline";

export interface BaselineOutcome {
  /** Findings the baseline does not hold: the ones to report and fail on. */
  readonly fresh: readonly Finding[];
  /** Findings the baseline already held. */
  readonly known: number;
  /** Baseline entries no finding matches any more: fixed since it was written. */
  readonly fixed: readonly BaselineEntry[];
}

const keyOf = (entry: BaselineEntry): string =>
  [entry.rule, entry.kind, entry.tenant, entry.name].join("\u0000");

/**
 * Today's findings against a baseline, entry by entry: a baseline entry accounts for one
 * finding with the same rule and object, so a second object of the same name (a duplicate
 * made since) is still reported.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: readonly BaselineEntry[],
): BaselineOutcome {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of baseline) {
    const key = keyOf(entry);
    const list = remaining.get(key) ?? [];
    list.push(entry);
    remaining.set(key, list);
  }
  const fresh: Finding[] = [];
  let known = 0;
  for (const finding of findings) {
    const list = remaining.get(keyOf(baselineEntry(finding)));
    if (list !== undefined && list.length > 0) {
      list.pop();
      known += 1;
    } else fresh.push(finding);
  }
  return { fresh, known, fixed: [...remaining.values()].flat() };
}
