import { asStatId, type NodeId } from "../config/ids";
import type { CallingList } from "../config/objects";
import type { HierarchyNode } from "./HierarchyNode";
import type { SiblingIds } from "./SiblingIds";
import { NO_CHILDREN } from "./noChildren";

/** A CallingList node, known to Stat Server by its name; a leaf unless `children` says. */
export function callingListNode(
  list: CallingList,
  ids: SiblingIds,
  children?: (id: NodeId) => readonly HierarchyNode[],
): HierarchyNode {
  const id = ids.next("callingList", list.name);
  return {
    id,
    kind: "callingList",
    name: list.name,
    statId: asStatId(list.name),
    object: list.key,
    children: children ? children(id) : NO_CHILDREN,
  };
}
