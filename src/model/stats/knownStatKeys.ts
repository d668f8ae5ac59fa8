import { asNodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import { nodeStatKey } from "./nodeStatKey";
import type { StatKey } from "./StatKey";

/** Every (objectType, objectId) the hierarchy has a node for. */
export function knownStatKeys(hierarchy: Hierarchy): Set<StatKey> {
  const keys = new Set<StatKey>();
  for (let n = 0; n < hierarchy.size; n += 1) {
    const key = nodeStatKey(hierarchy, asNodeId(n));
    if (key !== null) keys.add(key);
  }
  return keys;
}
