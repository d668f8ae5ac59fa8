import type { ObjectKey } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { GRID_KIND_INFO, type GridKind } from "./gridKinds";

/**
 * The nodes of one kind in tree order: the grid's rows before any filter or sort. A shared
 * object is listed at its first appearance only. Iterative, since a generated configuration
 * can be deeper than a recursive walk should go.
 */
export function gridRows(root: HierarchyNode, kind: GridKind): HierarchyNode[] {
  const rows: HierarchyNode[] = [];
  const seen = new Set<ObjectKey>();
  const once = GRID_KIND_INFO[kind].sharedObject;
  const stack: HierarchyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === kind) {
      if (!once || node.object === null) rows.push(node);
      else if (!seen.has(node.object)) {
        seen.add(node.object);
        rows.push(node);
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return rows;
}
