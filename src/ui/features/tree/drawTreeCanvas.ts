import type { ZoomTransform } from "d3-zoom";
import {
  COLUMN_GAP,
  kindAt,
  NODE_HEIGHT,
  NODE_WIDTH,
  type TreeLayout,
} from "../../shared/tree/layoutTree";
import { DOT_ROOM, SWATCH_ROOM } from "./lodLabels";
import { LABEL_FONT_PX, LABEL_PADDING, type PlacedLabel } from "./placeLabels";
import type { LevelOfDetail } from "./planLevelOfDetail";
import type { SubtreeIndex } from "./subtreeIndex";
import type { ThemeColors } from "./themeColors";

/** Severity per layout index: 0 none, 1 info, 2 warning, 3 error. */
export type SeverityCodes = Uint8Array;

export const LABEL_FONT = `${LABEL_FONT_PX}px system-ui, -apple-system, "Segoe UI", sans-serif`;

export interface CanvasFrame {
  readonly layout: TreeLayout;
  readonly transform: ZoomTransform;
  /** The horizontal scale (see horizontalScale); equals the transform's `k` with cards. */
  readonly kx: number;
  /** With cards: the layout indices whose links are drawn under them. */
  readonly indices: readonly number[];
  /** Whether node boxes are drawn as DOM cards over the canvas (then only links are drawn). */
  readonly cards: boolean;
  /** Without cards: the blocks and plain shapes to draw. */
  readonly lod: LevelOfDetail | null;
  readonly subtrees: SubtreeIndex;
  readonly labels: readonly PlacedLabel[];
  readonly severity: SeverityCodes;
  readonly highlighted: ReadonlySet<number>;
  /** Layout indices of nodes whose object changed since a compared snapshot (dashed outline). */
  readonly changed: ReadonlySet<number>;
  readonly selected: number | null;
  readonly colors: ThemeColors;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

/**
 * Draws the tree's canvas. With cards, only the links under them. Zoomed out, the level of
 * detail: blocks for the subtrees too small to show apart, plain shapes for the nodes drawn
 * alone, a mark in its severity's colour for every node with a warning or error (inside
 * blocks too), and the labels. Shapes are batched into one path per colour, so a crowded view
 * costs a few fills rather than one draw call per node.
 */
export function drawTreeCanvas(ctx: CanvasRenderingContext2D, frame: CanvasFrame): void {
  const { layout, transform: t, indices, colors, pixelRatio } = frame;
  const { x, y, parent } = layout;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, frame.width, frame.height);
  if (frame.cards || !frame.lod) {
    ctx.setTransform(pixelRatio * t.k, 0, 0, pixelRatio * t.k, pixelRatio * t.x, pixelRatio * t.y);
    const half = NODE_HEIGHT / 2;
    ctx.beginPath();
    for (const i of indices) {
      const p = parent[i]!;
      if (p < 0) continue;
      const x0 = x[p]! + NODE_WIDTH;
      const y0 = y[p]! + half;
      const x1 = x[i]!;
      const y1 = y[i]! + half;
      const mid = (x0 + x1) / 2;
      ctx.moveTo(x0, y0);
      ctx.bezierCurveTo(mid, y0, mid, y1, x1, y1);
    }
    ctx.strokeStyle = colors.link;
    ctx.lineWidth = Math.max(1, 1.25 / t.k);
    ctx.stroke();
    return;
  }
  drawLevelOfDetail(ctx, frame, frame.lod);
}

/** Fills one path per colour. */
function fillByColour(ctx: CanvasRenderingContext2D, rects: Map<string, number[]>): void {
  for (const [colour, list] of rects) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (let r = 0; r < list.length; r += 4)
      ctx.rect(list[r]!, list[r + 1]!, list[r + 2]!, list[r + 3]!);
    ctx.fill();
  }
}

function push(rects: Map<string, number[]>, colour: string, ...rect: number[]): void {
  let list = rects.get(colour);
  if (!list) rects.set(colour, (list = []));
  list.push(...rect);
}

function drawLevelOfDetail(
  ctx: CanvasRenderingContext2D,
  frame: CanvasFrame,
  lod: LevelOfDetail,
): void {
  const { layout, transform: t, kx, colors, severity } = frame;
  const { x, y, parent } = layout;
  const k = t.k;
  // In screen space: the columns and the rows scale apart, and strokes keep their width.
  const sx = (i: number) => t.x + x[i]! * kx;
  const sy = (i: number) => t.y + y[i]! * k;
  const nodeWidth = NODE_WIDTH * kx;
  const boxHeight = NODE_HEIGHT * k;
  const barHeight = Math.max(boxHeight * 0.6, 1.2);
  const barOffset = (boxHeight - barHeight) / 2;

  ctx.beginPath();
  const link = (i: number) => {
    const p = parent[i]!;
    if (p < 0) return;
    const x0 = sx(p) + nodeWidth;
    const y0 = sy(p) + boxHeight / 2;
    const x1 = sx(i);
    const y1 = sy(i) + boxHeight / 2;
    const mid = (x0 + x1) / 2;
    ctx.moveTo(x0, y0);
    ctx.bezierCurveTo(mid, y0, mid, y1, x1, y1);
  };
  for (const i of lod.nodes) link(i);
  for (const block of lod.blocks) link(block.root);
  ctx.strokeStyle = colors.link;
  ctx.lineWidth = 1;
  ctx.stroke();

  // Blocks: each depth of the subtree as a band, reaching over the gap to the next one, a
  // pixel apart from the block above and below, with a solid edge in the root's kind colour.
  const fills = new Map<string, number[]>();
  const edges = new Map<string, number[]>();
  const pitch = (NODE_WIDTH + COLUMN_GAP) * kx;
  for (const block of lod.blocks) {
    const colour = colors.kind[kindAt(layout, block.root)];
    block.bands.forEach(([, first, last], b) => {
      const top = sy(first);
      const bottom = sy(last) + boxHeight;
      const gap = bottom - top > 4 ? 0.5 : 0;
      const w = b === block.bands.length - 1 ? nodeWidth : pitch;
      push(fills, colour, sx(first), top + gap, w, Math.max(1, bottom - top - 2 * gap));
    });
    const h = block.bottom - block.top;
    const gap = h > 4 ? 0.5 : 0;
    push(edges, colour, block.left, block.top + gap, 3, Math.max(1, h - 2 * gap));
  }
  ctx.globalAlpha = 0.3;
  fillByColour(ctx, fills);
  ctx.globalAlpha = 1;
  fillByColour(ctx, edges);

  const shapes = new Map<string, number[]>();
  for (const i of lod.nodes) {
    const sev = severity[i]!;
    const colour =
      sev === 3 ? colors.error : sev === 2 ? colors.warning : colors.kind[kindAt(layout, i)];
    push(shapes, colour, sx(i), sy(i) + barOffset, nodeWidth, barHeight);
  }
  fillByColour(ctx, shapes);

  drawSeverityMarks(ctx, frame, sx, sy, nodeWidth, barOffset);

  if (frame.changed.size > 0) {
    // Without cards, their change marks are not drawn: a dashed outline keeps a compared
    // snapshot's changes visible.
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    for (const i of lod.nodes) {
      if (frame.changed.has(i)) ctx.rect(sx(i), sy(i), nodeWidth, Math.max(boxHeight, 2));
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  const outlined = new Set(frame.highlighted);
  if (frame.selected !== null) outlined.add(frame.selected);
  if (outlined.size > 0) {
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (const i of outlined) ctx.rect(sx(i), sy(i), nodeWidth, Math.max(boxHeight, 2));
    ctx.stroke();
  }
  drawLabels(ctx, frame, lod);
}

/**
 * A mark for each node with a warning or an error in view, blocks or not, thinned to one per
 * pixel row and column: what is wrong stays visible as colour however far out the view is.
 */
function drawSeverityMarks(
  ctx: CanvasRenderingContext2D,
  frame: CanvasFrame,
  sx: (i: number) => number,
  sy: (i: number) => number,
  nodeWidth: number,
  barOffset: number,
): void {
  const { layout, subtrees, severity, transform: t, colors } = frame;
  const flagged = subtrees.flaggedByY;
  const viewTop = -t.y / t.k - NODE_HEIGHT;
  let lo = 0;
  let hi = flagged.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layout.y[flagged[mid]!]! < viewTop) lo = mid + 1;
    else hi = mid;
  }
  const height = Math.max(NODE_HEIGHT * t.k * 0.6, 1);
  // A tick over the start of the node's box: the block's kind colour still shows beside it.
  const width = Math.max(Math.min(nodeWidth, 8), nodeWidth * 0.4);
  const lastRow = new Map<number, number>();
  const warnings: number[] = [];
  const errors: number[] = [];
  for (let f = lo; f < flagged.length; f++) {
    const i = flagged[f]!;
    const top = sy(i) + barOffset;
    if (top > frame.height) break;
    const column = layout.depth[i]!;
    const row = Math.floor(top);
    if (lastRow.get(column) === row && severity[i] !== 3) continue;
    lastRow.set(column, row);
    (severity[i] === 3 ? errors : warnings).push(sx(i), top, width, height);
  }
  fillByColour(ctx, new Map([[colors.warning, warnings]]));
  fillByColour(ctx, new Map([[colors.error, errors]]));
}

function drawLabels(ctx: CanvasRenderingContext2D, frame: CanvasFrame, lod: LevelOfDetail): void {
  if (frame.labels.length === 0) return;
  const { layout, colors, subtrees, severity } = frame;
  const blocks = new Map(lod.blocks.map((block) => [block.root, block]));
  ctx.font = LABEL_FONT;
  ctx.textBaseline = "middle";
  ctx.lineWidth = 1;
  for (const label of frame.labels) {
    const block = blocks.get(label.key);
    const opened = subtrees.end[label.key]! > label.key + 1;
    const sev = block ? block.worst : opened ? subtrees.worst[label.key]! : severity[label.key]!;
    const kind = colors.kind[kindAt(layout, label.key)];
    ctx.globalAlpha = 0.94;
    ctx.fillStyle = colors.surface;
    ctx.beginPath();
    ctx.roundRect(label.left, label.top, label.width, label.height, 4);
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = kind;
    ctx.stroke();
    const middle = label.top + label.height / 2;
    ctx.fillStyle = kind;
    ctx.fillRect(label.left + LABEL_PADDING, middle - 4, 8, 8);
    ctx.fillStyle = colors.text;
    ctx.fillText(label.text, label.left + LABEL_PADDING + SWATCH_ROOM, middle + 0.5);
    if (sev >= 2) {
      ctx.fillStyle = sev === 3 ? colors.error : colors.warning;
      ctx.beginPath();
      ctx.arc(
        label.left + label.width - LABEL_PADDING - DOT_ROOM / 2 + 2,
        middle,
        4,
        0,
        2 * Math.PI,
      );
      ctx.fill();
    }
  }
}
