import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";

/** One line of the outline: a node whose ancestors are all open. */
export interface VisibleRow {
  readonly node: HierarchyNode;
  /** 1 for the top rows (the root itself is not shown). */
  readonly level: number;
  readonly parent: NodePath | null;
  /** 1-based position among its siblings and their count, for aria-posinset/aria-setsize. */
  readonly posInSet: number;
  readonly setSize: number;
}

/**
 * The rows of the outline, in reading order: the root's children and, below each open node,
 * its own children. Iterative so a deep tree cannot overflow the stack; linear in the rows.
 */
export function visibleRows(
  root: HierarchyNode,
  expanded: ReadonlySet<NodePath>,
): readonly VisibleRow[] {
  const rows: VisibleRow[] = [];
  const stack: VisibleRow[] = [];
  const pushChildren = (parent: HierarchyNode, level: number) => {
    const size = parent.children.length;
    for (let i = size - 1; i >= 0; i--) {
      const node = parent.children[i]!;
      stack.push({ node, level, parent: parent.id, posInSet: i + 1, setSize: size });
    }
  };
  pushChildren(root, 1);
  while (stack.length > 0) {
    const row = stack.pop()!;
    rows.push(row);
    if (row.node.children.length > 0 && expanded.has(row.node.id)) {
      pushChildren(row.node, row.level + 1);
    }
  }
  return rows;
}
