import { zoomIdentity, type ZoomTransform } from "d3-zoom";
import type { Viewport } from "./cullToViewport";

/** The overview's picture of the layout: overview px = offset + layout units × scale, per axis. */
export interface OverviewMapping {
  readonly sx: number;
  readonly sy: number;
  readonly ox: number;
  readonly oy: number;
}

const INSET = 4;
/** The viewport's rectangle is drawn at least this large, so a far zoom still shows where. */
const MIN_RECT = 6;

/**
 * Fits the whole layout in the overview's box. A hierarchy opened to its leaves is far taller
 * than wide, so the axes scale apart (the columns stay legible as strips); a short tree is not
 * stretched, only centred.
 */
export function overviewMapping(
  layoutWidth: number,
  layoutHeight: number,
  boxWidth: number,
  boxHeight: number,
): OverviewMapping {
  const sx = layoutWidth > 0 ? (boxWidth - 2 * INSET) / layoutWidth : 1;
  const fitY = layoutHeight > 0 ? (boxHeight - 2 * INSET) / layoutHeight : 1;
  const sy = Math.min(fitY, sx);
  return { sx, sy, ox: INSET, oy: (boxHeight - layoutHeight * sy) / 2 };
}

/** The layout point under an overview pixel. */
export function fromOverview(m: OverviewMapping, px: number, py: number): [number, number] {
  return [(px - m.ox) / m.sx, (py - m.oy) / m.sy];
}

/** Where the part of the layout on screen lies in the overview. */
export function overviewRect(
  m: OverviewMapping,
  view: Viewport,
): { left: number; top: number; width: number; height: number } {
  const left = m.ox + view.left * m.sx;
  const top = m.oy + view.top * m.sy;
  const width = (view.right - view.left) * m.sx;
  const height = (view.bottom - view.top) * m.sy;
  const w = Math.max(MIN_RECT, width);
  const h = Math.max(MIN_RECT, height);
  return { left: left - (w - width) / 2, top: top - (h - height) / 2, width: w, height: h };
}

/**
 * The transform that centres the view on the layout point (x, y), at vertical scale `k` and
 * horizontal scale `kx` (see horizontalScale), in a view of `viewWidth` × `viewHeight`.
 */
export function centreViewOn(
  x: number,
  y: number,
  k: number,
  kx: number,
  viewWidth: number,
  viewHeight: number,
): ZoomTransform {
  return zoomIdentity.translate(viewWidth / 2 - x * kx, viewHeight / 2 - y * k).scale(k);
}
