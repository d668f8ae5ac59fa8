import { asNodeId, type NodeId } from "../../../model/config/ids";
import { hasShownChildren, type ShownNodes } from "./ShownNodes";

/**
 * The nodes with shown children at levels 1..level-1 (the top rows are level 1): opening them
 * shows `level` levels. Walks only those levels, skipping what lies deeper.
 */
export function openToLevel(nodes: ShownNodes, level: number): NodeId[] {
  const { hierarchy, top, shown } = nodes;
  const { end, depth } = hierarchy.columns;
  const open: NodeId[] = [];
  for (const t of top) {
    const base = depth[t]! - 1;
    for (let n: number = t; n < end[t]!;) {
      if ((shown !== null && shown[n] === 0) || depth[n]! - base >= level) {
        n = end[n]!;
        continue;
      }
      if (hasShownChildren(nodes, asNodeId(n))) open.push(asNodeId(n));
      n++;
    }
  }
  return open;
}
