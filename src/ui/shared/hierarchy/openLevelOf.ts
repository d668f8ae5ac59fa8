import { asNodeId, type NodeId } from "../../../model/config/ids";
import { hasShownChildren, type ShownNodes } from "./ShownNodes";

/**
 * The level `openToLevel` would give exactly these expanded nodes, or null when they were
 * opened otherwise (by hand). Every node with shown children above the level is open and none
 * at or below it; with everything open the answer is `maxLevel`, the "(all)" choice. Walks
 * the open nodes and their children only.
 */
export function openLevelOf(
  nodes: ShownNodes,
  expanded: ReadonlySet<NodeId>,
  maxLevel: number,
): number | null {
  const { hierarchy, top, shown } = nodes;
  const { end, depth } = hierarchy.columns;
  let deepestOpen = 0;
  let shallowestClosed = Number.POSITIVE_INFINITY;
  for (const t of top) {
    const base = depth[t]! - 1;
    for (let n: number = t; n < end[t]!;) {
      const node = asNodeId(n);
      if ((shown !== null && shown[n] === 0) || !hasShownChildren(nodes, node)) {
        n = end[n]!;
        continue;
      }
      const level = depth[n]! - base;
      if (expanded.has(node)) {
        if (level > deepestOpen) deepestOpen = level;
        n++;
      } else {
        if (level < shallowestClosed) shallowestClosed = level;
        n = end[n]!;
      }
    }
  }
  if (deepestOpen >= shallowestClosed) return null;
  if (shallowestClosed === Number.POSITIVE_INFINITY) return Math.max(1, maxLevel);
  return deepestOpen + 1;
}
