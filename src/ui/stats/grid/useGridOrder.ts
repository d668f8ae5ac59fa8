import { useMemo } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { StatsStore } from "../StatsStore";
import { useFiguresFor } from "../useFiguresFor";
import { useStatsView } from "../useStatsView";
import { filterGridRows, type GridFilter } from "./filterGridRows";
import { rowFigures } from "./rowFigures";
import { sortByName, sortGridRows, type GridSort } from "./sortGridRows";

/**
 * How often rows are re-ordered and re-filtered while figures move. Cells change colour and
 * value as each frame commits; the order only every few seconds, so a row does not jump away
 * from the eye (or the pointer) with every update, and 100k rows are not sorted every frame.
 */
const REORDER_MS = 2000;

/** The rows to show, filtered and sorted, kept in step with the figures they depend on. */
export function useGridOrder(
  store: StatsStore,
  hierarchy: Hierarchy,
  rows: readonly NodeId[],
  sort: GridSort,
  filter: GridFilter,
): readonly NodeId[] {
  const byName = useMemo(() => sortByName(hierarchy, rows), [hierarchy, rows]);
  const nodes = useFiguresFor(store, hierarchy);
  const thresholds = useStatsView(store, (view) => view.thresholds);
  const onFigures = sort.by !== "name" || filter.level !== "all";
  const epoch = useStatsView(store, (view) => (onFigures ? Math.floor(view.now / REORDER_MS) : 0));
  return useMemo(() => {
    // `nodes` is updated in place by the store; `epoch` is what says it moved.
    void epoch;
    const figuresOf = (node: NodeId) => rowFigures(nodes?.[node]);
    const kept = filterGridRows(hierarchy, byName, filter, figuresOf, thresholds);
    return sortGridRows(kept, sort, figuresOf);
  }, [hierarchy, byName, sort, filter, nodes, thresholds, epoch]);
}
