import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { StatsStore } from "./StatsStore";
import type { StatsView } from "./StatsView";
import { useStatsView } from "./useStatsView";

/**
 * The view's stats by NodeId when its figures are of `hierarchy`; null while they are of
 * another one (a pivot or a file just opened, not rolled up yet), whose NodeIds name other
 * nodes or none.
 */
export function figuresFor(
  view: StatsView,
  hierarchy: Hierarchy | null,
): StatsView["nodes"] | null {
  return hierarchy !== null && view.hierarchy === hierarchy ? view.nodes : null;
}

/**
 * The store's stats by NodeId when its figures are of `hierarchy`, else null. The table is
 * updated in place while the hierarchy stays: a component that reads one node selects it with
 * `figuresFor` instead, to re-render only when that node moves.
 */
export function useFiguresFor(
  store: StatsStore,
  hierarchy: Hierarchy | null,
): StatsView["nodes"] | null {
  return useStatsView(store, (view) => figuresFor(view, hierarchy));
}
