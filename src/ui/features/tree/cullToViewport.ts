import { NODE_HEIGHT, NODE_WIDTH, type TreeLayout } from "../../shared/tree/layoutTree";

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
