import type { ZoomTransform } from "d3-zoom";
import { MAX_SCALE } from "./fitTransform";
import { NODE_WIDTH, type TreeLayout } from "../../shared/tree/layoutTree";
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
/** A click zooms in at least this much; by this much when the block already fills the view. */
const MIN_STEP = 1.5;
const STEP_IN_PLACE = 4;

/**
 * The transform that brings a clicked block to the middle of the view, its height filling most
 * of it, so a click on a block opens it up a level of detail further. A block that already
 * fills the view (a run of a tenant's many small campaigns) is zoomed into where it was clicked.
 */
export function zoomToBlock(
  layout: TreeLayout,
  index: SubtreeIndex,
  block: Block,
  view: { readonly width: number; readonly height: number; readonly transform: ZoomTransform },
  click: readonly [number, number],
): ZoomTransform {
  const { width: viewWidth, height: viewHeight, transform: now } = view;
  let top = Infinity;
  let bottom = -Infinity;
  let right = 0;
  for (const [, first, last] of block.bands) {
    top = Math.min(top, index.top[first]!);
    bottom = Math.max(bottom, index.bottom[last]!);
    right = Math.max(right, layout.x[first]! + NODE_WIDTH);
  }
  const fitting = (FILL * viewHeight) / Math.max(1, bottom - top);
  if (fitting < now.k * MIN_STEP) {
    const k = Math.min(MAX_SCALE, now.k * STEP_IN_PLACE);
    const x = (click[0] - now.x) / horizontalScale(now.k, layout.width, viewWidth);
    const y = (click[1] - now.y) / now.k;
    return centreViewOn(
      x,
      y,
      k,
      horizontalScale(k, layout.width, viewWidth),
      viewWidth,
      viewHeight,
    );
  }
  const k = Math.min(MAX_SCALE, fitting);
  const kx = horizontalScale(k, layout.width, viewWidth);
  const left = layout.x[block.root]!;
  return centreViewOn((left + right) / 2, (top + bottom) / 2, k, kx, viewWidth, viewHeight);
}
