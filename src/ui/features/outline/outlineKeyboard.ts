import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { hasShownChildren, type ShownNodes } from "../../shared/hierarchy/ShownNodes";
import type { ViewAction } from "../../shared/viewState/viewStateReducer";
import { rowNode, type VisibleRows } from "../../shared/viewState/visibleRows";

/**
 * The keyboard behaviour of the WAI-ARIA tree pattern, as a pure function from a key and the
 * visible rows to the view actions it causes. Returns null for keys the tree does not handle.
 */
export function outlineKeyActions(
  key: string,
  nodes: ShownNodes,
  rows: VisibleRows,
  focusedIndex: number,
  expanded: ReadonlySet<NodeId>,
): ViewAction[] | null {
  if (rows.length === 0) return null;
  const focusAt = (i: number): ViewAction[] => [
    { type: "focus", id: rowNode(rows, Math.min(rows.length - 1, Math.max(0, i))) },
  ];
  if (focusedIndex < 0) return key === "End" ? focusAt(rows.length - 1) : focusAt(0);
  const { hierarchy } = nodes;
  const current = rowNode(rows, focusedIndex);
  const level = rows.level[focusedIndex]!;
  const isOpen = expanded.has(current);
  const hasChildren = hasShownChildren(nodes, current);
  switch (key) {
    case "ArrowDown":
      return focusAt(focusedIndex + 1);
    case "ArrowUp":
      return focusAt(focusedIndex - 1);
    case "Home":
      return focusAt(0);
    case "End":
      return focusAt(rows.length - 1);
    case "ArrowRight":
      if (!hasChildren) return [];
      return isOpen ? focusAt(focusedIndex + 1) : [{ type: "expand", id: current }];
    case "ArrowLeft": {
      if (hasChildren && isOpen) return [{ type: "collapse", id: current }];
      const parent = hierarchy.parent(current);
      return parent !== null && level > 1 ? [{ type: "focus", id: parent }] : [];
    }
    case "Enter":
    case " ":
      return [{ type: "select", id: current }];
    case "*": {
      const parent = hierarchy.parent(current);
      const siblings: NodeId[] = [];
      for (let i = 0; i < rows.length; i++) {
        const node = rowNode(rows, i);
        if (rows.level[i] !== level || (level > 1 && hierarchy.parent(node) !== parent)) continue;
        if (hasShownChildren(nodes, node)) siblings.push(node);
      }
      return [{ type: "expandMany", ids: siblings }];
    }
    default:
      return null;
  }
}

/**
 * Type-ahead: the next row after the focused one whose name starts with the typed letters
 * (case-insensitive), wrapping around; -1 when none does.
 */
export function typeAheadMatch(
  hierarchy: Hierarchy,
  rows: VisibleRows,
  focusedIndex: number,
  typed: string,
): number {
  const prefix = typed.toLocaleLowerCase();
  // A repeated single letter cycles through the rows starting with it, as file managers do.
  const start = typed.length === 1 ? focusedIndex + 1 : Math.max(0, focusedIndex);
  for (let k = 0; k < rows.length; k++) {
    const i = (start + k) % rows.length;
    if (hierarchy.name(rowNode(rows, i)).toLocaleLowerCase().startsWith(prefix)) return i;
  }
  return -1;
}
