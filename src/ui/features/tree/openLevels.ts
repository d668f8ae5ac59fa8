import { asNodeId, type NodeId } from "../../../model/config/ids";
import { drawnChildCount, type LayoutScope } from "../../shared/tree/layoutTree";

/**
 * The nodes to open so that `level` levels of the drawn hierarchy show: every node with drawn
 * children above that level, from the top nodes down.
 */
export function openToLevel(scope: LayoutScope, level: number): NodeId[] {
  const { end } = scope.hierarchy.columns;
  const { shown } = scope;
  const open: NodeId[] = [];
  const nodes: number[] = [...scope.top];
  const depths: number[] = scope.top.map(() => 1);
  while (nodes.length > 0) {
    const n = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth >= level || drawnChildCount(scope, n, 1) === 0) continue;
    open.push(asNodeId(n));
    for (let c = n + 1; c < end[n]!; c = end[c]!) {
      if (shown && !shown[c]) continue;
      nodes.push(c);
      depths.push(depth + 1);
    }
  }
  return open;
}

/**
 * The level `openToLevel` would give exactly these open nodes, or null when they were opened
 * otherwise (by hand). Every node with drawn children above the level is open and none at or
 * below it; with everything open the answer is `maxLevel`, the "(all)" choice. Only the open
 * part is walked.
 */
export function openLevelOf(
  scope: LayoutScope,
  expanded: ReadonlySet<NodeId>,
  maxLevel: number,
): number | null {
  const { end } = scope.hierarchy.columns;
  const { shown } = scope;
  let deepestOpen = 0;
  let shallowestClosed = Number.POSITIVE_INFINITY;
  const nodes: number[] = [...scope.top];
  const depths: number[] = scope.top.map(() => 1);
  while (nodes.length > 0) {
    const n = nodes.pop()!;
    const depth = depths.pop()!;
    if (drawnChildCount(scope, n, 1) === 0) continue;
    if (expanded.has(asNodeId(n))) {
      if (depth > deepestOpen) deepestOpen = depth;
      for (let c = n + 1; c < end[n]!; c = end[c]!) {
        if (shown && !shown[c]) continue;
        nodes.push(c);
        depths.push(depth + 1);
      }
    } else if (depth < shallowestClosed) {
      shallowestClosed = depth;
    }
  }
  if (deepestOpen >= shallowestClosed) return null;
  if (shallowestClosed === Number.POSITIVE_INFINITY) return Math.max(1, maxLevel);
  return deepestOpen + 1;
}
