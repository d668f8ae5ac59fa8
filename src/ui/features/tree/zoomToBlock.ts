import type { ZoomTransform } from "d3-zoom";
import { MAX_SCALE } from "./fitTransform";
import { NODE_WIDTH, type TreeLayout } from "./layoutTree";
import { horizontalScale } from "./lodScale";
import { centreViewOn } from "./overviewTransform";
import type { Block, LevelOfDetail } from "./planLevelOfDetail";
import type { SubtreeIndex } from "./subtreeIndex";

/** The block drawn at screen point (x, y), the smallest when boxes meet; null if none. */
export function blockAt(lod: LevelOfDetail, x: number, y: number): Block | null {
  let found: Block | null = null;
  for (const block of lod.blocks) {
    if (x < block.left || x > block.right || y < block.top || y > block.bottom) continue;
    if (!found || block.bottom - block.top < found.bottom - found.top) found = block;
  }
  return found;
}

/** Share of the view's height a block is zoomed to. */
const FILL = 0.85;

/**
 * The transform that brings a block to the middle of the view, its height filling most of it:
 * a click on a block opens it up a level of detail further.
 */
export function zoomToBlock(
  layout: TreeLayout,
  index: SubtreeIndex,
  block: Block,
  viewWidth: number,
  viewHeight: number,
): ZoomTransform {
  let top = Infinity;
  let bottom = -Infinity;
  let right = 0;
  for (const [, first, last] of block.bands) {
    top = Math.min(top, index.top[first]!);
    bottom = Math.max(bottom, index.bottom[last]!);
    right = Math.max(right, layout.x[first]! + NODE_WIDTH);
  }
  const k = Math.min(MAX_SCALE, (FILL * viewHeight) / Math.max(1, bottom - top));
  const kx = horizontalScale(k, layout.width, viewWidth);
  const left = layout.x[block.root]!;
  return centreViewOn((left + right) / 2, (top + bottom) / 2, k, kx, viewWidth, viewHeight);
}
