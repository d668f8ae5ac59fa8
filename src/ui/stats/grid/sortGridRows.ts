import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import type { FigureName, FigureValues } from "../../../model/stats/Figure";

/** The column rows are ordered by, and which way. */
export interface GridSort {
  readonly by: "name" | FigureName;
  readonly descending: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function compareNames(a: HierarchyNode, b: HierarchyNode): number {
  return collator.compare(a.name, b.name) || collator.compare(a.statId ?? "", b.statId ?? "");
}

/**
 * The rows in the order of one column: numbers by value, states by name, names as people sort
 * them ("Team 2" before "Team 10"). Rows without the figure go last whichever the direction,
 * so a descending sort starts with the highest value, not with the rows nobody reported;
 * equal values keep name order. Returns a new array.
 */
export function sortGridRows(
  rows: readonly HierarchyNode[],
  sort: GridSort,
  figuresOf: (node: HierarchyNode) => FigureValues,
): HierarchyNode[] {
  const sign = sort.descending ? -1 : 1;
  if (sort.by === "name") return [...rows].sort((a, b) => sign * compareNames(a, b));
  const figure = sort.by;
  // Decorated once: a comparator reading the figures would do it n log n times.
  const keyed = rows.map((node) => ({ node, value: figuresOf(node)[figure] }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value === b.value) return compareNames(a.node, b.node);
      return a.value === undefined ? 1 : -1;
    }
    let order: number;
    if (typeof a.value === "number" && typeof b.value === "number") order = a.value - b.value;
    else if (typeof a.value === "number") order = -1;
    else if (typeof b.value === "number") order = 1;
    else order = collator.compare(a.value, b.value);
    return sign * order || compareNames(a.node, b.node);
  });
  return keyed.map(({ node }) => node);
}
