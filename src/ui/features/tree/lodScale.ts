import { COLUMN_GAP, NODE_WIDTH } from "../../shared/tree/layoutTree";

/** Readable cards (DOM nodes) are drawn at or above this scale; below it, the level of detail. */
export const CARD_MIN_SCALE = 0.45;
/** Space kept at the sides when the drawing is fitted or held in view. */
export const VIEW_PADDING = 24;
/** A column never gets narrower than this on screen, however far out the view is zoomed. */
const MIN_COLUMN_PX = 44;
const COLUMN_PITCH = NODE_WIDTH + COLUMN_GAP;

/**
 * The horizontal scale for a vertical scale `k`. A hierarchy opened to its leaves is a few
 * columns wide and tens of thousands of rows high: zoomed out far enough to see it whole, a
 * uniform scale would squeeze the columns into a sliver no label fits beside. Below the cards'
 * scale the columns therefore keep the width that fills the view (at most the cards' scale,
 * so the change to cards is seamless); the rows alone keep shrinking.
 */
export function horizontalScale(k: number, layoutWidth: number, viewWidth: number): number {
  if (k >= CARD_MIN_SCALE) return k;
  const filling = layoutWidth > 0 ? (viewWidth - 2 * VIEW_PADDING) / layoutWidth : CARD_MIN_SCALE;
  const floor = Math.min(CARD_MIN_SCALE, Math.max(MIN_COLUMN_PX / COLUMN_PITCH, filling));
  return Math.max(k, floor);
}

/**
 * The horizontal translation that keeps the drawing in view while the columns are held at their
 * floor: there, zooming changes only the rows, and a wheel zoom around the pointer would
 * otherwise slide the columns sideways out of the view.
 */
export function constrainX(x: number, k: number, layoutWidth: number, viewWidth: number): number {
  const kx = horizontalScale(k, layoutWidth, viewWidth);
  if (kx === k) return x;
  const slack = viewWidth - VIEW_PADDING - layoutWidth * kx;
  const lo = Math.min(VIEW_PADDING, slack);
  const hi = Math.max(VIEW_PADDING, slack);
  return Math.min(hi, Math.max(lo, x));
}
