import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { FigureName, FigureValues } from "../../../model/stats/Figure";

/** The column rows are ordered by, and which way. */
export interface GridSort {
  readonly by: "name" | FigureName;
  readonly descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * The rows in name order as people sort names ("Team 2" before "Team 10", case ignored), the
 * Stat Server id breaking ties. Collation is the slow part of sorting; done once per set of
 * rows, a figure's sort breaks its ties by a row's place here instead of collating again.
 */
export function sortByName(hierarchy: Hierarchy, rows: readonly NodeId[]): readonly NodeId[] {
  // Names read once, not n log n times.
  const keyed = rows.map((node) => ({
    node,
    name: hierarchy.name(node),
    statId: hierarchy.statId(node) ?? "",
  }));
  keyed.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.statId, b.statId));
  return keyed.map(({ node }) => node);
}

/**
 * The rows (already filtered, in name order: see sortByName) in the order of one column:
 * numbers by value, states by name. Rows without the figure go last whichever the direction,
 * so a descending sort starts with the highest value, not with the rows nobody reported;
 * equal values keep name order. Returns a new array.
 */
export function sortGridRows(
  byName: readonly NodeId[],
  sort: GridSort,
  figuresOf: (node: NodeId) => FigureValues,
): NodeId[] {
  if (sort.by === "name") return sort.descending ? [...byName].reverse() : [...byName];
  const sign = sort.descending ? -1 : 1;
  const figure = sort.by;
  // Decorated once: a comparator reading the figures would do it n log n times.
  const keyed = byName.map((node, rank) => ({ node, rank, value: figuresOf(node)[figure] }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return a.rank - b.rank;
      return a.value === undefined ? 1 : -1;
    }
    let order: number;
    if (typeof a.value === "number" && typeof b.value === "number") order = a.value - b.value;
    else if (typeof a.value === "number") order = -1;
    else if (typeof b.value === "number") order = 1;
    else order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    return sign * order || a.rank - b.rank;
  });
  return keyed.map(({ node }) => node);
}
