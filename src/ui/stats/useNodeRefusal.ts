import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { statKey } from "../../model/stats/StatKey";
import { statObjectTypeOf, type StatObjectType } from "../../model/stats/StatObjectType";
import type { StatsStore } from "./StatsStore";
import { useStatsView } from "./useStatsView";

/** Stat Server's refusal of a node's id. */
export interface NodeRefusal {
  readonly objectType: StatObjectType;
  readonly objectId: string;
  /** Stat Server's reason, when it gave one. */
  readonly reason: string | null;
}

/** Whether Stat Server refused this node's id, and why; null when it did not. */
export function useNodeRefusal(store: StatsStore, node: HierarchyNode): NodeRefusal | null {
  const objectType = statObjectTypeOf(node.kind);
  const key = objectType && node.statId !== null ? statKey(objectType, node.statId) : null;
  // The selector returns the reason (a string, stable) rather than a fresh object:
  // undefined when not refused, null when refused without a reason.
  const reason = useStatsView(store, (view) =>
    key === null || !view.refused.has(key) ? undefined : view.refused.get(key),
  );
  if (reason === undefined || objectType === null || node.statId === null) return null;
  return { objectType, objectId: node.statId, reason };
}
