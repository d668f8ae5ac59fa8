import { useSyncExternalStore } from "react";
import type { StatsStore } from "./StatsStore";
import type { StatsView } from "./StatsView";

/**
 * A slice of the statistics view. The selector must return a value that keeps its identity
 * while unchanged (a node's NodeStats, the unknown list), so that a component re-renders
 * only when its slice moves.
 */
export function useStatsView<T>(store: StatsStore, select: (view: StatsView) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getView()));
}
