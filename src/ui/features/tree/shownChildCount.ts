import type { NodeId } from "../../../model/config/ids";
import type { ShownNodes } from "../../shared/hierarchy/ShownNodes";

/** How many of a node's children are shown (all of them when nothing is filtered out). */
export function shownChildCount({ hierarchy, shown }: ShownNodes, node: NodeId): number {
  if (shown === null) return hierarchy.childCount(node);
  const { end } = hierarchy.columns;
  let count = 0;
  for (let c = node + 1; c < end[node]!; c = end[c]!) if (shown[c]) count++;
  return count;
}
