import type { ZoomTransform } from "d3-zoom";
import { NODE_HEIGHT, NODE_WIDTH, type TreeLayout } from "./layoutTree";
import type { ThemeColors } from "./themeColors";

/** Severity per layout index: 0 none, 1 info, 2 warning, 3 error. */
export type SeverityCodes = Uint8Array;

export interface CanvasFrame {
  readonly layout: TreeLayout;
  readonly transform: ZoomTransform;
  /** Layout indices to draw (already culled, and thinned when zoomed out). */
  readonly indices: readonly number[];
  /** Whether node boxes are drawn as DOM cards over the canvas (then only links are drawn). */
  readonly cards: boolean;
  readonly severity: SeverityCodes;
  readonly highlighted: ReadonlySet<number>;
  /** Layout indices of nodes whose object changed since a compared snapshot (dashed outline). */
  readonly changed: ReadonlySet<number>;
  readonly colors: ThemeColors;
  readonly width: number;
  readonly height: number;
  readonly pixelRatio: number;
}

/**
 * Draws the links (and, when zoomed out, the nodes as small bars in their kind's colour, or
 * their worst severity's) in one pass per colour: a canvas path per style, so a crowded view
 * costs a few strokes rather than one draw call per node.
 */
export function drawTreeCanvas(ctx: CanvasRenderingContext2D, frame: CanvasFrame): void {
  const { layout, transform: t, indices, colors, pixelRatio } = frame;
  const { x, y, parent } = layout;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, frame.width, frame.height);
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

  if (frame.cards) return;

  // Zoomed out: no text is readable, so each node is a bar; kept at least a pixel high.
  const barHeight = Math.max(NODE_HEIGHT * 0.6, 1.2 / t.k);
  const byColour = new Map<string, number[]>();
  for (const i of indices) {
    const sev = frame.severity[i]!;
    const colour =
      sev === 3 ? colors.error : sev === 2 ? colors.warning : colors.kind[layout.nodes[i]!.kind];
    let list = byColour.get(colour);
    if (!list) byColour.set(colour, (list = []));
    list.push(i);
  }
  for (const [colour, list] of byColour) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (const i of list)
      ctx.rect(x[i]!, y[i]! + (NODE_HEIGHT - barHeight) / 2, NODE_WIDTH, barHeight);
    ctx.fill();
  }
  if (frame.changed.size > 0) {
    // Zoomed out, the cards' change marks are not drawn: a dashed outline keeps a compared
    // snapshot's changes visible across the whole tree.
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = Math.max(1.5, 2 / t.k);
    ctx.setLineDash([6 / t.k, 4 / t.k]);
    ctx.beginPath();
    for (const i of indices) {
      if (frame.changed.has(i)) ctx.rect(x[i]!, y[i]!, NODE_WIDTH, NODE_HEIGHT);
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (frame.highlighted.size > 0) {
    ctx.strokeStyle = colors.accent;
    ctx.lineWidth = Math.max(2, 3 / t.k);
    ctx.beginPath();
    for (const i of frame.highlighted) ctx.rect(x[i]!, y[i]!, NODE_WIDTH, NODE_HEIGHT);
    ctx.stroke();
  }
}
