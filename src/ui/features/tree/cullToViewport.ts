import { NODE_HEIGHT, NODE_WIDTH, type TreeLayout } from "./layoutTree";

/** The part of the drawing on screen, in layout units. */
export interface Viewport {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * Indices of the nodes whose boxes meet the viewport. A binary search on the y-sorted index
 * finds the vertical band, then each candidate is checked horizontally: the cost follows what
 * is on screen, not the size of the tree.
 */
export function cullToViewport(layout: TreeLayout, view: Viewport): number[] {
  const { byY, x, y } = layout;
  let lo = 0;
  let hi = byY.length;
  const top = view.top - NODE_HEIGHT;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (y[byY[mid]!]! < top) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  const left = view.left - NODE_WIDTH;
  for (let k = lo; k < byY.length; k++) {
    const i = byY[k]!;
    if (y[i]! > view.bottom) break;
    const nx = x[i]!;
    if (nx >= left && nx <= view.right) out.push(i);
  }
  return out;
}

/**
 * Level of detail for a crowded view: of the nodes in one column that fall on the same screen
 * pixel row, keep one. What is drawn then stays near (columns × screen height) whatever the
 * tree's size, and the picture looks the same because the dropped nodes would overdraw.
 */
export function thinToPixels(
  layout: TreeLayout,
  visible: readonly number[],
  scale: number,
  pixelRows: number,
): number[] {
  const lastRow = new Map<number, number>();
  const out: number[] = [];
  const step = Math.max(1, pixelRows);
  for (const i of visible) {
    const column = layout.depth[i]!;
    const row = Math.floor((layout.y[i]! * scale) / step);
    if (lastRow.get(column) === row) continue;
    lastRow.set(column, row);
    out.push(i);
  }
  return out;
}
