import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { NODE_HEIGHT, NODE_WIDTH } from "../../shared/tree/layoutTree";
import { CARD_MIN_SCALE, horizontalScale, VIEW_PADDING } from "./lodScale";

export const MIN_SCALE = 0.01;
export const MAX_SCALE = 2;

/**
 * The transform that shows a `width` × `height` drawing whole in the viewport, never above 1:1.
 * When that means a scale below the cards', the rows alone are fitted (the columns keep their
 * width, see horizontalScale) and the level of detail draws what cannot be read as blocks, so
 * a tree opened to its leaves fits as an overview however many rows it has.
 */
export function fitTransform(
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
): ZoomTransform {
  if (width <= 0 || height <= 0 || viewWidth <= 0 || viewHeight <= 0) {
    return zoomIdentity.translate(VIEW_PADDING, VIEW_PADDING);
  }
  const byHeight = Math.max(1e-9, (viewHeight - 2 * VIEW_PADDING) / height);
  const byWidth = Math.max(1e-9, (viewWidth - 2 * VIEW_PADDING) / width);
  let k = Math.min(1, byHeight, byWidth);
  if (k < CARD_MIN_SCALE && byHeight < CARD_MIN_SCALE) k = byHeight;
  const kx = horizontalScale(k, width, viewWidth);
  const tx = Math.max(VIEW_PADDING, (viewWidth - width * kx) / 2);
  const ty = (viewHeight - height * k) / 2;
  return zoomIdentity.translate(kx === k ? (viewWidth - width * kx) / 2 : tx, ty).scale(k);
}

/** The transform that puts the node box at (x, y) in the middle of the viewport at scale `k`. */
export function centreOn(
  x: number,
  y: number,
  k: number,
  viewWidth: number,
  viewHeight: number,
): ZoomTransform {
  const cx = x + NODE_WIDTH / 2;
  const cy = y + NODE_HEIGHT / 2;
  return zoomIdentity.translate(viewWidth / 2 - cx * k, viewHeight / 2 - cy * k).scale(k);
}
