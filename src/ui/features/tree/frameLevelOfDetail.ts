import type { DrawnBlock } from "./drawnViewStore";
import { kindAt, nodeAtIndex, type TreeLayout } from "../../shared/tree/layoutTree";
import { blockLabelText, lodLabelCandidates } from "./lodLabels";
import { placeLabels, type PlacedLabel } from "./placeLabels";
import { planLevelOfDetail, type LevelOfDetail, type ScreenMapping } from "./planLevelOfDetail";
import type { SubtreeIndex } from "./subtreeIndex";

interface LevelOfDetailFrame {
  readonly lod: LevelOfDetail;
  readonly labels: readonly PlacedLabel[];
  /** The labelled blocks, as the list beside the canvas states them. */
  readonly drawnBlocks: readonly DrawnBlock[];
}

/** One zoomed-out frame's plan: the blocks and shapes, their labels placed, the blocks named. */
export function frameLevelOfDetail(
  layout: TreeLayout,
  subtrees: SubtreeIndex,
  severity: Uint8Array,
  screen: ScreenMapping,
  measure: (text: string) => number,
): LevelOfDetailFrame {
  const lod = planLevelOfDetail(layout, subtrees, screen);
  const labels = placeLabels(lodLabelCandidates(layout, subtrees, severity, lod, screen), measure);
  const blocks = new Map(lod.blocks.map((block) => [block.root, block]));
  const drawnBlocks = labels.flatMap((label) => {
    const block = blocks.get(label.key);
    if (!block) return [];
    const node = nodeAtIndex(layout, block.root);
    const kind = kindAt(layout, block.root);
    const text = blockLabelText(layout, subtrees, block);
    return [{ node, kind, text, count: block.count, worst: block.worst }];
  });
  return { lod, labels, drawnBlocks };
}

/** Text widths from a canvas, remembered while few enough different texts are drawn. */
export function cachedMeasure(
  ctx: CanvasRenderingContext2D,
  cache: Map<string, number>,
  limit: number,
): (text: string) => number {
  if (cache.size > limit) cache.clear();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) cache.set(text, (width = ctx.measureText(text).width));
    return width;
  };
}
