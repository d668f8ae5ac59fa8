import type { Rule } from "../../../model/rules/Rule";
import type { Analysis } from "../../worker/analyseConfig";

const NONE: readonly Rule[] = [];
/** The convention rules each analysis's findings were computed with; absent means none. */
const appliedRules = new WeakMap<Analysis, readonly Rule[]>();

/** The convention rules `analysis`'s findings include (none for a fresh analysis). */
export const conventionsAppliedTo = (analysis: Analysis): readonly Rule[] =>
  appliedRules.get(analysis) ?? NONE;

/** Records that `analysis`'s findings were computed with `rules` (null: none). */
export function markConventionsApplied(analysis: Analysis, rules: readonly Rule[] | null): void {
  appliedRules.set(analysis, rules ?? NONE);
}

/** Whether `analysis`'s findings are not yet those of the `wanted` rules (null: none). */
export const conventionsPending = (analysis: Analysis, wanted: readonly Rule[] | null): boolean =>
  conventionsAppliedTo(analysis) !== (wanted ?? NONE);
