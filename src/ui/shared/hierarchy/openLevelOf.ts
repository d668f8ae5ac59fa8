import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";

/**
 * The level `openToLevel` would give exactly these expanded nodes, or null when they were
 * opened otherwise (by hand). Every node with children above the level is open and none at
 * or below it; with everything open the answer is `maxLevel`, the "(all)" choice.
 */
export function openLevelOf(
  root: HierarchyNode,
  expanded: ReadonlySet<NodePath>,
  maxLevel: number,
): number | null {
  let deepestOpen = 0;
  let shallowestClosed = Number.POSITIVE_INFINITY;
  const nodes: HierarchyNode[] = [...root.children];
  const depths: number[] = root.children.map(() => 1);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (node.children.length === 0) continue;
    if (expanded.has(node.id)) {
      if (depth > deepestOpen) deepestOpen = depth;
      for (const child of node.children) {
        nodes.push(child);
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
