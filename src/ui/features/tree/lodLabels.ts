import { NODE_HEIGHT, NODE_WIDTH, type TreeLayout } from "./layoutTree";
import { LABEL_HEIGHT, type LabelCandidate } from "./placeLabels";
import type { LevelOfDetail, ScreenMapping } from "./planLevelOfDetail";
import { plainVisibleName } from "./plainVisibleName";
import type { SubtreeIndex } from "./subtreeIndex";

/** Room for the kind swatch before a label's text, and for the severity dot after it. */
export const SWATCH_ROOM = 12;
export const DOT_ROOM = 12;

/** What a block's label says: the subtree root's name and how many nodes it stands for. */
export function blockLabelText(layout: TreeLayout, index: SubtreeIndex, root: number): string {
  const count = index.end[root]! - root - 1;
  const name = plainVisibleName(layout.nodes[root]!.name);
  return `${name} · ${count.toLocaleString("en")} ${count === 1 ? "object" : "objects"}`;
}

/**
 * The labels a level of detail asks for, most important first: blocks by size (a block's label
 * stays in the part of it on screen), then the nodes drawn alone, when a line fits their box.
 */
export function lodLabelCandidates(
  layout: TreeLayout,
  index: SubtreeIndex,
  severity: Uint8Array,
  plan: LevelOfDetail,
  screen: ScreenMapping,
): LabelCandidate[] {
  const { k, kx, tx, ty, width, height } = screen;
  const candidates: LabelCandidate[] = [];
  const blocks = [...plan.blocks].sort(
    (a, b) => index.end[b.root]! - b.root - (index.end[a.root]! - a.root),
  );
  for (const block of blocks) {
    const minY = Math.max(block.top, 0);
    const maxY = Math.min(block.bottom, height);
    const x = Math.max(block.left, 0) + 3;
    candidates.push({
      key: block.root,
      text: blockLabelText(layout, index, block.root),
      x,
      y: (minY + maxY) / 2,
      minY,
      maxY,
      maxWidth: width - x - 4,
      marks: SWATCH_ROOM + (index.worst[block.root]! >= 2 ? DOT_ROOM : 0),
    });
  }
  if (NODE_HEIGHT * k >= LABEL_HEIGHT - 2) {
    for (const i of plan.nodes) {
      const top = ty + layout.y[i]! * k;
      const x = tx + layout.x[i]! * kx + 2;
      candidates.push({
        key: i,
        text: plainVisibleName(layout.nodes[i]!.name),
        x,
        y: top + (NODE_HEIGHT * k) / 2,
        minY: top,
        maxY: top + NODE_HEIGHT * k,
        maxWidth: Math.min(NODE_WIDTH * kx - 4, width - x - 4),
        marks: SWATCH_ROOM + (severity[i]! >= 2 ? DOT_ROOM : 0),
      });
    }
  }
  return candidates;
}
