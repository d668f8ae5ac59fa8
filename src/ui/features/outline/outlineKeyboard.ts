import type { NodePath } from "../../../model/config/ids";
import type { ViewAction } from "../../shared/viewState/viewStateReducer";
import type { VisibleRow } from "../../shared/viewState/visibleRows";

/**
 * The keyboard behaviour of the WAI-ARIA tree pattern, as a pure function from a key and the
 * visible rows to the view actions it causes. Returns null for keys the tree does not handle.
 */
export function outlineKeyActions(
  key: string,
  rows: readonly VisibleRow[],
  focusedIndex: number,
  expanded: ReadonlySet<NodePath>,
): ViewAction[] | null {
  if (rows.length === 0) return null;
  const current = rows[Math.max(0, focusedIndex)]!;
  const focusAt = (i: number): ViewAction[] => [
    { type: "focus", id: rows[Math.min(rows.length - 1, Math.max(0, i))]!.node.id },
  ];
  if (focusedIndex < 0) return key === "End" ? focusAt(rows.length - 1) : focusAt(0);
  const isOpen = expanded.has(current.node.id);
  const hasChildren = current.node.children.length > 0;
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
      return isOpen ? focusAt(focusedIndex + 1) : [{ type: "expand", id: current.node.id }];
    case "ArrowLeft":
      if (hasChildren && isOpen) return [{ type: "collapse", id: current.node.id }];
      return current.parent && current.level > 1 ? [{ type: "focus", id: current.parent }] : [];
    case "Enter":
    case " ":
      return [{ type: "select", id: current.node.id }];
    case "*": {
      const siblings = rows
        .filter((r) => r.parent === current.parent && r.node.children.length > 0)
        .map((r) => r.node.id);
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
  rows: readonly VisibleRow[],
  focusedIndex: number,
  typed: string,
): number {
  const prefix = typed.toLocaleLowerCase();
  // A repeated single letter cycles through the rows starting with it, as file managers do.
  const start = typed.length === 1 ? focusedIndex + 1 : Math.max(0, focusedIndex);
  for (let k = 0; k < rows.length; k++) {
    const i = (start + k) % rows.length;
    if (rows[i]!.node.name.toLocaleLowerCase().startsWith(prefix)) return i;
  }
  return -1;
}
