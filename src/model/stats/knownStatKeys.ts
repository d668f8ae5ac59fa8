import { asNodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import { statKey, type StatKey } from "./StatKey";
import { statObjectTypeOf } from "./StatObjectType";

/** Every (objectType, objectId) the hierarchy has a node for. */
export function knownStatKeys(hierarchy: Hierarchy): Set<StatKey> {
  const keys = new Set<StatKey>();
  for (let n = 0; n < hierarchy.size; n += 1) {
    const node = asNodeId(n);
    const objectType = statObjectTypeOf(hierarchy.kind(node));
    if (objectType === null) continue;
    const statId = hierarchy.statId(node);
    if (statId !== null) keys.add(statKey(objectType, statId));
  }
  return keys;
}
