import type { NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
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
export function useNodeRefusal(
  store: StatsStore,
  hierarchy: Hierarchy | null,
  node: NodeId,
): NodeRefusal | null {
  const objectType = hierarchy === null ? null : statObjectTypeOf(hierarchy.kind(node));
  const statId = objectType === null ? null : hierarchy!.statId(node);
  const key = objectType && statId !== null ? statKey(objectType, statId) : null;
  // The selector returns the reason (a string, stable) rather than a fresh object:
  // undefined when not refused, null when refused without a reason.
  const reason = useStatsView(store, (view) =>
    key === null || !view.refused.has(key) ? undefined : view.refused.get(key),
  );
  if (reason === undefined || objectType === null || statId === null) return null;
  return { objectType, objectId: statId, reason };
}
