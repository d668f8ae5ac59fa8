import { NODE_WIDTH, type TreeLayout } from "./layoutTree";
import {
  heightOfSiblingsAtLeast,
  lowerBound,
  subtreeBands,
  type SubtreeIndex,
} from "./subtreeIndex";

/** Where the layout lands on screen: x' = tx + x·kx, y' = ty + y·k (CSS pixels). */
export interface ScreenMapping {
  readonly k: number;
  readonly kx: number;
  readonly tx: number;
  readonly ty: number;
  readonly width: number;
  readonly height: number;
}

/** An open subtree drawn as one shape: its root's name and size stand for its nodes. */
export interface Block {
  readonly root: number;
  /** Its extent per depth, `[depth, first, last]` node indices (see subtreeBands). */
  readonly bands: readonly (readonly [number, number, number])[];
  /** Its bounding box on screen. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface LevelOfDetail {
  readonly blocks: readonly Block[];
  /** Nodes drawn one by one as plain shapes (the ancestors of blocks, and leaves in view). */
  readonly nodes: readonly number[];
}

/** The height on screen a subtree needs to be shown apart from its siblings, with a label. */
export const ROOM_PER_CHILD_PX = 16;
/** The share of a subtree's height its roomy children must cover for it to be opened up. */
const OPEN_WHEN_COVERED = 0.5;

/**
 * Which subtrees in view become blocks at this zoom. From the top, a node with open children
 * is drawn as itself and its children considered in turn when the children with room for a
 * line of text cover at least half its height; otherwise the whole subtree is one block. So
 * zoomed out, a tenant of a thousand campaigns is one labelled block; zoomed in, its larger
 * campaigns, then their groups, become blocks of their own (the small ones stay unlabelled
 * blocks), and close up every node is a shape. Only what is on screen is visited, and nothing
 * inside a block: the work follows the screen and the children of what is opened, not the tree.
 */
export function planLevelOfDetail(
  layout: TreeLayout,
  index: SubtreeIndex,
  screen: ScreenMapping,
): LevelOfDetail {
  const { k, kx, tx, ty } = screen;
  const viewTop = -ty / k;
  const viewBottom = (screen.height - ty) / k;
  const viewLeft = -tx / kx;
  const viewRight = (screen.width - tx) / kx;
  const blocks: Block[] = [];
  const nodes: number[] = [];
  const { end, top, bottom, columns } = index;
  const { x } = layout;

  const childRange = (depth: number, from: number, to: number): [number, number] => {
    const column = columns[depth - 1];
    if (!column) return [0, 0];
    return [lowerBound(column, from), lowerBound(column, to)];
  };

  // Whether node i (with open children) is shown as itself above its children. An only child
  // divides nothing: through a chain of them, what counts is where the chain branches, so a
  // campaign group is not given up for its one agent group unless the agents get room.
  const opens = (i: number, depth: number): boolean => {
    for (;;) {
      const [first, last] = childRange(depth + 1, i + 1, end[i]!);
      const next = columns[depth]!;
      if (last - first === 1 && end[next[first]!]! > next[first]! + 1) {
        i = next[first]!;
        depth += 1;
        continue;
      }
      const covered = heightOfSiblingsAtLeast(index, depth + 1, first, last, ROOM_PER_CHILD_PX / k);
      return covered >= OPEN_WHEN_COVERED * (bottom[i]! - top[i]!);
    }
  };

  // An explicit stack of column ranges, so a deep hierarchy cannot overflow the call stack.
  const stack: [number, number, number][] = [[1, 0, columns[0]?.length ?? 0]];
  while (stack.length > 0) {
    const [depth, from, to] = stack.pop()!;
    const column = columns[depth - 1]!;
    for (let c = from; c < to; c++) {
      const i = column[c]!;
      if (bottom[i]! < viewTop || top[i]! > viewBottom || x[i]! > viewRight) continue;
      if (end[i] === i + 1) {
        if (x[i]! + NODE_WIDTH >= viewLeft) nodes.push(i);
        continue;
      }
      const [first, last] = childRange(depth + 1, i + 1, end[i]!);
      if (opens(i, depth)) {
        if (x[i]! + NODE_WIDTH >= viewLeft) nodes.push(i);
        stack.push([depth + 1, first, last]);
        continue;
      }
      const bands = subtreeBands(layout, index, i);
      const deepest = bands[bands.length - 1]!;
      const right = tx + (x[deepest[1]]! + NODE_WIDTH) * kx;
      if (right < 0) continue;
      blocks.push({
        root: i,
        bands,
        left: tx + x[i]! * kx,
        top: ty + top[i]! * k,
        right,
        bottom: ty + bottom[i]! * k,
      });
    }
  }
  return { blocks, nodes };
}
