import type { CallingList } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";

/** A CallingList node, known to Stat Server by its name; a leaf unless `children` writes some. */
export function callingListNode(
  { nodes }: HierarchyContext,
  list: CallingList,
  children?: () => void,
): void {
  nodes.open("callingList", list.name, list.name, list.key);
  children?.();
  nodes.close();
}
