import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { evaluateThresholds } from "../../../model/stats/evaluateThresholds";
import type { FigureValues } from "../../../model/stats/Figure";
import type { Threshold } from "../../../model/stats/Threshold";

/** Which rows the grid shows: a piece of the name, and how bad a row must be. */
export interface GridFilter {
  /** Matched, case-insensitively, anywhere in the name or the Stat Server id. */
  readonly text: string;
  /** `warning`: rows over a warning or an alarm threshold; `alarm`: over an alarm one. */
  readonly level: "all" | "warning" | "alarm";
}

/** The rows the filter keeps, in their order. */
export function filterGridRows(
  hierarchy: Hierarchy,
  rows: readonly NodeId[],
  filter: GridFilter,
  figuresOf: (node: NodeId) => FigureValues,
  thresholds: readonly Threshold[],
): readonly NodeId[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  if (needle === "" && filter.level === "all") return rows;
  return rows.filter((node) => {
    if (
      needle !== "" &&
      !hierarchy.name(node).toLocaleLowerCase().includes(needle) &&
      !(hierarchy.statId(node) ?? "").toLocaleLowerCase().includes(needle)
    ) {
      return false;
    }
    if (filter.level === "all") return true;
    const { level } = evaluateThresholds(hierarchy.kind(node), figuresOf(node), thresholds);
    return filter.level === "warning" ? level !== "ok" : level === "alarm";
  });
}
