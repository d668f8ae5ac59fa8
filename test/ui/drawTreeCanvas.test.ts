import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { asNodeId } from "../../src/model/config/ids";
import { NODE_KINDS, type NodeKind } from "../../src/model/hierarchy/HierarchyNode";
import { drawTreeCanvas, type CanvasFrame } from "../../src/ui/features/tree/drawTreeCanvas";
import { layoutTree, NODE_HEIGHT, NODE_WIDTH } from "../../src/ui/features/tree/layoutTree";
import { sampleTree } from "./hierarchyFixture";

/** Records the rectangles of each stroke, with whether it was dashed. */
function recordingContext() {
  const strokes: { dashed: boolean; style: string; rects: number[][] }[] = [];
  let rects: number[][] = [];
  let dash: number[] = [];
  const ctx = {
    strokeStyle: "",
    fillStyle: "",
    lineWidth: 1,
    setTransform: () => undefined,
    clearRect: () => undefined,
    beginPath: () => {
      rects = [];
    },
    moveTo: () => undefined,
    bezierCurveTo: () => undefined,
    rect: (x: number, y: number, w: number, h: number) => rects.push([x, y, w, h]),
    fill: () => undefined,
    stroke: () => strokes.push({ dashed: dash.length > 0, style: ctx.strokeStyle, rects }),
    setLineDash: (segments: number[]) => {
      dash = segments;
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, strokes };
}

const kind = Object.fromEntries(NODE_KINDS.map((k) => [k, "#888"])) as Record<NodeKind, string>;
const colors = {
  link: "#999",
  surface: "#fff",
  border: "#ccc",
  accent: "#15f",
  error: "#b00",
  warning: "#850",
  info: "#25a",
  kind,
};

function frame(changed: ReadonlySet<number>, cards: boolean): CanvasFrame {
  const layout = layoutTree(sampleTree(), new Set([asNodeId("t:Environment")]));
  return {
    layout,
    transform: zoomIdentity.scale(0.2),
    indices: [0, 1, 2],
    cards,
    severity: new Uint8Array(layout.nodes.length),
    highlighted: new Set(),
    changed,
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
    expect(dashed[0]!.rects).toEqual([[f.layout.x[2], f.layout.y[2], NODE_WIDTH, NODE_HEIGHT]]);
  });

  it("draws no dashed outline when nothing changed, nor over readable cards", () => {
    for (const f of [frame(new Set(), false), frame(new Set([2]), true)]) {
      const { ctx, strokes } = recordingContext();
      drawTreeCanvas(ctx, f);
      expect(strokes.filter((s) => s.dashed)).toEqual([]);
    }
  });
});
