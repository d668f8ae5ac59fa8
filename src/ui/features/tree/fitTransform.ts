import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import { NODE_HEIGHT, NODE_WIDTH } from "./layoutTree";

export const MIN_SCALE = 0.01;
export const MAX_SCALE = 2;
const PADDING = 24;

/** The transform that shows a `width` × `height` drawing whole in the viewport, never above 1:1. */
export function fitTransform(
  width: number,
  height: number,
  viewWidth: number,
  viewHeight: number,
): ZoomTransform {
  if (width <= 0 || height <= 0 || viewWidth <= 0 || viewHeight <= 0) {
    return zoomIdentity.translate(PADDING, PADDING);
  }
  const k = Math.max(
    MIN_SCALE,
    Math.min(1, (viewWidth - 2 * PADDING) / width, (viewHeight - 2 * PADDING) / height),
  );
  const tx = (viewWidth - width * k) / 2;
  const ty = (viewHeight - height * k) / 2;
  return zoomIdentity.translate(tx, ty).scale(k);
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
