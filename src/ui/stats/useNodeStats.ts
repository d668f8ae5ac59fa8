import type { NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { NodeStats } from "../../model/stats/rollUp";
import type { StatsStore } from "./StatsStore";
import { figuresFor } from "./useFiguresFor";
import { useStatsView } from "./useStatsView";

/**
 * A node's stats, re-rendering only when they move. Undefined while the store's figures are of
 * another hierarchy than the node's (a pivot or a file just opened, not rolled up yet): a
 * NodeId means nothing in another hierarchy.
 */
export function useNodeStats(
  store: StatsStore,
  hierarchy: Hierarchy | null,
  node: NodeId,
): NodeStats | undefined {
  return useStatsView(store, (view) => figuresFor(view, hierarchy)?.[node]);
}
