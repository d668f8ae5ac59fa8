import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import type { NodeId } from "../../src/model/config/ids";
import { NODE_KINDS, type NodeKind } from "../../src/model/hierarchy/NodeKind";
import { drawTreeCanvas, type CanvasFrame } from "../../src/ui/features/tree/drawTreeCanvas";
import {
  indexOfNode,
  layoutTree,
  NODE_HEIGHT,
  NODE_WIDTH,
} from "../../src/ui/shared/tree/layoutTree";
import { planLevelOfDetail } from "../../src/ui/features/tree/planLevelOfDetail";
import { indexSubtrees } from "../../src/ui/features/tree/subtreeIndex";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { sampleHierarchy } from "./hierarchyFixture";

/** Records the rectangles of each stroke and fill, with the style and whether it was dashed. */
function recordingContext() {
  const strokes: { dashed: boolean; style: string; rects: number[][] }[] = [];
  const fills: { style: string; rects: number[][] }[] = [];
  let rects: number[][] = [];
  let dash: number[] = [];
  const ctx = {
    strokeStyle: "",
    fillStyle: "",
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textBaseline: "",
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => {
      rects = [];
    },
    moveTo: () => undefined,
    bezierCurveTo: () => undefined,
    rect: (x: number, y: number, w: number, h: number) => rects.push([x, y, w, h]),
    roundRect: () => undefined,
    fillRect: () => undefined,
    fillText: () => undefined,
    arc: () => undefined,
    fill: () => fills.push({ style: ctx.fillStyle, rects }),
    stroke: () => strokes.push({ dashed: dash.length > 0, style: ctx.strokeStyle, rects }),
    setLineDash: (segments: number[]) => {
      dash = segments;
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes, fills };
}

const kind = Object.fromEntries(NODE_KINDS.map((k) => [k, "#888"])) as Record<NodeKind, string>;
const colors = {
  link: "#999",
  surface: "#fff",
  text: "#123",
  border: "#ccc",
  accent: "#15f",
  error: "#b00",
  warning: "#850",
  info: "#25a",
  kind,
};

const fixture = sampleHierarchy();
const everything = new Set(
  ["t:Environment", "c:Sales", "c:Retention", "cg:Sales/Team A", "ccl:Sales/Leads"].map(fixture.at),
);

function frame(
  changed: ReadonlySet<number>,
  cards: boolean,
  options: {
    scale?: number;
    open?: ReadonlySet<NodeId>;
    errorAt?: string;
  } = {},
): CanvasFrame {
  const layout = layoutTree(
    wholeHierarchy(fixture.hierarchy),
    options.open ?? new Set([fixture.at("t:Environment")]),
  );
  const k = options.scale ?? 0.3;
  const severity = new Uint8Array(layout.nodes.length);
  if (options.errorAt) severity[indexOfNode(layout, fixture.at(options.errorAt))] = 3;
  const subtrees = indexSubtrees(layout, severity);
  const screen = { k, kx: k, tx: 0, ty: 0, width: 800, height: 600 };
  return {
    layout,
    transform: zoomIdentity.scale(k),
    kx: k,
    indices: [0, 1, 2],
    cards,
    lod: cards ? null : planLevelOfDetail(layout, subtrees, screen),
    subtrees,
    labels: [],
    severity,
    highlighted: new Set(),
    changed,
    selected: null,
    colors,
    width: 800,
    height: 600,
    pixelRatio: 1,
  };
}

describe("drawTreeCanvas", () => {
  it("outlines, dashed, the nodes a compared snapshot changed when zoomed out", () => {
    const { ctx, strokes } = recordingContext();
    const f = frame(new Set([2]), false);
    drawTreeCanvas(ctx, f);
    const dashed = strokes.filter((s) => s.dashed);
    expect(dashed).toHaveLength(1);
    expect(dashed[0]!.style).toBe(colors.accent);
    expect(dashed[0]!.rects).toEqual([
      [f.layout.x[2]! * 0.3, f.layout.y[2]! * 0.3, NODE_WIDTH * 0.3, NODE_HEIGHT * 0.3],
    ]);
  });

  it("draws no dashed outline when nothing changed, nor over readable cards", () => {
    for (const f of [frame(new Set(), false), frame(new Set([2]), true)]) {
      const { ctx, strokes } = recordingContext();
      drawTreeCanvas(ctx, f);
      expect(strokes.filter((s) => s.dashed)).toEqual([]);
    }
  });

  it("keeps an error inside a block visible as a mark in the error colour", () => {
    const { ctx, fills } = recordingContext();
    const f = frame(new Set(), false, {
      scale: 0.02,
      open: everything,
      errorAt: "cg:Sales/Team A",
    });
    expect(f.lod!.blocks.length).toBeGreaterThan(0);
    expect(f.lod!.nodes).not.toContain(indexOfNode(f.layout, fixture.at("cg:Sales/Team A")));
    drawTreeCanvas(ctx, f);
    const errorMarks = fills.filter((fill) => fill.style === colors.error && fill.rects.length);
    expect(errorMarks).toHaveLength(1);
    expect(errorMarks[0]!.rects).toHaveLength(1);
    // At least a pixel high, however small the node's box is at this scale.
    expect(errorMarks[0]!.rects[0]![3]).toBeGreaterThanOrEqual(1);
  });
});
