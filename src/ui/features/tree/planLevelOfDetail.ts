import { kindAt, NODE_WIDTH, type TreeLayout } from "../../shared/tree/layoutTree";
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

/**
 * An open subtree drawn as one shape: its root's name and size stand for its nodes. Or a run of
 * sibling subtrees of one kind, each too small for a label, drawn as one: "214 campaigns".
 */
export interface Block {
  readonly root: number;
  /** The root of the run's last subtree (the same as `root` for one subtree). */
  readonly last: number;
  /** How many sibling subtrees the block stands for. */
  readonly count: number;
  /** Worst finding inside: 0 none, 2 warning, 3 error. */
  readonly worst: number;
  /** Its extent per depth, `[depth, first, last]` node indices (see subtreeBands). */
  readonly bands: readonly (readonly [number, number, number])[];
  /** Its bounding box on screen. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Run {
  readonly first: number;
  last: number;
  count: number;
  top: number;
  bottom: number;
  worst: number;
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
/** A block taller than this share of the view says too little: it is opened up regardless. */
const OPEN_WHEN_TALLER_THAN_VIEW = 0.75;

/**
 * Which subtrees in view become blocks at this zoom. From the top, a node with open children
 * is drawn as itself and its children considered in turn when the children with room for a
 * line of text cover at least half its height, or when it would fill most of the view;
 * otherwise the whole subtree is one block, and consecutive siblings of one kind too small
 * for a label are one block together. So zoomed out, a tenant of a thousand campaigns is one
 * labelled block; zoomed in, its larger campaigns, then their groups, become blocks of their
 * own (runs of small ones are one block: "214 campaigns"), and close up every node is a shape.
 * Only what is on screen is visited, and nothing inside a block: the work follows the screen
 * and the children of what is opened, not the size of the tree.
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
    if ((bottom[i]! - top[i]!) * k > OPEN_WHEN_TALLER_THAN_VIEW * screen.height) return true;
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

  // Consecutive sibling blocks of one kind, each too low for a label, drawn as one.
  const open: { run: Run | null } = { run: null };
  const addBlock = (
    first: number,
    last: number,
    count: number,
    extent: [number, number],
    worst: number,
  ) => {
    const bands = subtreeBands(layout, index, first, end[last]!);
    let right = -Infinity;
    for (const [, highest] of bands) right = Math.max(right, tx + (x[highest]! + NODE_WIDTH) * kx);
    if (right < 0) return;
    blocks.push({
      root: first,
      last,
      count,
      worst,
      bands,
      left: tx + x[first]! * kx,
      top: ty + extent[0] * k,
      right,
      bottom: ty + extent[1] * k,
    });
  };
  const flush = () => {
    const run = open.run;
    if (run) addBlock(run.first, run.last, run.count, [run.top, run.bottom], run.worst);
    open.run = null;
  };

  // An explicit stack of column ranges, so a deep hierarchy cannot overflow the call stack.
  const stack: [number, number, number][] = [[1, 0, columns[0]?.length ?? 0]];
  while (stack.length > 0) {
    const [depth, from, to] = stack.pop()!;
    const column = columns[depth - 1]!;
    for (let c = from; c < to; c++) {
      const i = column[c]!;
      if (bottom[i]! < viewTop || top[i]! > viewBottom || x[i]! > viewRight) {
        flush();
        continue;
      }
      if (end[i] === i + 1) {
        flush();
        if (x[i]! + NODE_WIDTH >= viewLeft) nodes.push(i);
        continue;
      }
      if (opens(i, depth)) {
        flush();
        if (x[i]! + NODE_WIDTH >= viewLeft) nodes.push(i);
        stack.push([depth + 1, ...childRange(depth + 1, i + 1, end[i]!)]);
        continue;
      }
      const small = (bottom[i]! - top[i]!) * k < ROOM_PER_CHILD_PX;
      const current = open.run;
      if (small && current && kindAt(layout, current.first) === kindAt(layout, i)) {
        current.last = i;
        current.count += 1;
        current.top = Math.min(current.top, top[i]!);
        current.bottom = Math.max(current.bottom, bottom[i]!);
        current.worst = Math.max(current.worst, index.worst[i]!);
        continue;
      }
      flush();
      if (small) {
        open.run = {
          first: i,
          last: i,
          count: 1,
          top: top[i]!,
          bottom: bottom[i]!,
          worst: index.worst[i]!,
        };
      } else {
        addBlock(i, i, 1, [top[i]!, bottom[i]!], index.worst[i]!);
      }
    }
    flush();
  }
  return { blocks, nodes };
}
