import type { HierarchyNode } from "../hierarchy/HierarchyNode";
import { statKey, type StatKey } from "./StatKey";
import { statObjectTypeOf } from "./StatObjectType";

/** Every (objectType, objectId) the hierarchy has a node for. */
export function knownStatKeys(root: HierarchyNode): Set<StatKey> {
  const keys = new Set<StatKey>();
  const stack: HierarchyNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const objectType = statObjectTypeOf(node.kind);
    if (objectType && node.statId !== null) keys.add(statKey(objectType, node.statId));
    for (const child of node.children) stack.push(child);
  }
  return keys;
}
