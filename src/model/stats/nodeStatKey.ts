import type { NodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import { statKey, type StatKey } from "./StatKey";
import { statObjectTypeOf } from "./StatObjectType";

/**
 * The statistics object a node stands for, as a StatKey; null for a structural node or one
 * without a Stat Server id. A shared object's nodes all give the same key.
 */
export function nodeStatKey(hierarchy: Hierarchy, node: NodeId): StatKey | null {
  const objectType = statObjectTypeOf(hierarchy.kind(node));
  if (objectType === null) return null;
  const statId = hierarchy.statId(node);
  return statId === null ? null : statKey(objectType, statId);
}
