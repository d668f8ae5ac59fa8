import {
  kindAt,
  nameAt,
  NODE_HEIGHT,
  NODE_WIDTH,
  type TreeLayout,
} from "../../shared/tree/layoutTree";
import { LABEL_HEIGHT, MIN_BAND, type LabelCandidate } from "./placeLabels";
import { NODE_KIND_LABEL } from "../../shared/hierarchy/nodeKind";
import type { Block, LevelOfDetail, ScreenMapping } from "./planLevelOfDetail";
import { plainVisibleName } from "../../shared/hierarchy/plainVisibleName";
import type { SubtreeIndex } from "./subtreeIndex";

/** Room for the kind swatch before a label's text, and for the severity dot after it. */
export const SWATCH_ROOM = 12;
export const DOT_ROOM = 12;

const objects = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "object" : "objects"}`;

/** What an opened subtree's label says: its root's name and how many nodes are below it. */
function subtreeLabelText(layout: TreeLayout, index: SubtreeIndex, root: number): string {
  return `${plainVisibleName(nameAt(layout, root))} · ${objects(index.end[root]! - root - 1)}`;
}

/**
 * What a block's label says: its root's name and how many nodes are below it, or, for a run
 * of siblings, how many of what kind and how many nodes they hold: `214 campaigns · 5,120 objects`.
 */
export function blockLabelText(layout: TreeLayout, index: SubtreeIndex, block: Block): string {
  if (block.count === 1) return subtreeLabelText(layout, index, block.root);
  const kind = NODE_KIND_LABEL[kindAt(layout, block.root)].toLowerCase();
  const held = index.end[block.last]! - block.root;
  return `${block.count.toLocaleString("en")} ${kind}s · ${objects(held)}`;
}

/** How many nodes a block stands for, to rank labels by. */
const size = (index: SubtreeIndex, block: Block) => index.end[block.last]! - block.root;

/**
 * The labels a level of detail asks for, most important first: the opened subtrees whose own
 * box is too low for a line (a tenant opened into its campaigns), at the top of the part on
 * screen, so the view keeps saying where it is; then blocks by size (a block's label stays in
 * the part of it on screen); then the nodes drawn alone, when a line fits their box.
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
  const small = NODE_HEIGHT * k < MIN_BAND;
  const opened = plan.nodes
    .filter((i) => small && index.end[i]! > i + 1)
    .sort((a, b) => layout.depth[a]! - layout.depth[b]!);
  for (const i of opened) {
    const minY = Math.max(ty + index.top[i]! * k, 0);
    const maxY = Math.min(ty + index.bottom[i]! * k, height);
    if (maxY - minY < 3 * LABEL_HEIGHT) continue;
    const x = Math.max(tx + layout.x[i]! * kx, 0) + 3;
    candidates.push({
      key: i,
      text: subtreeLabelText(layout, index, i),
      x,
      y: minY + LABEL_HEIGHT / 2 + 2,
      minY: minY + 2,
      maxY,
      maxWidth: width - x - 4,
      marks: SWATCH_ROOM + (index.worst[i]! >= 2 ? DOT_ROOM : 0),
    });
  }
  const blocks = [...plan.blocks].sort((a, b) => size(index, b) - size(index, a));
  for (const block of blocks) {
    const minY = Math.max(block.top, 0);
    const maxY = Math.min(block.bottom, height);
    const x = Math.max(block.left, 0) + 3;
    candidates.push({
      key: block.root,
      text: blockLabelText(layout, index, block),
      x,
      y: (minY + maxY) / 2,
      minY,
      maxY,
      maxWidth: width - x - 4,
      marks: SWATCH_ROOM + (block.worst >= 2 ? DOT_ROOM : 0),
    });
  }
  if (!small) {
    for (const i of plan.nodes) {
      const top = ty + layout.y[i]! * k;
      const x = tx + layout.x[i]! * kx + 2;
      candidates.push({
        key: i,
        text: plainVisibleName(nameAt(layout, i)),
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
