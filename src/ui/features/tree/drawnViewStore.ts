import type { NodeId } from "../../../model/config/ids";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import type { Viewport } from "./cullToViewport";

/** A block the tree drew with its label, as the list of drawn blocks states it. */
export interface DrawnBlock {
  /** The block's first subtree root. */
  readonly node: NodeId;
  readonly kind: NodeKind;
  /** The label as drawn, uncut: `Sales_Q1 · 412 objects`, or `214 campaigns · 5,120 objects`. */
  readonly text: string;
  /** How many sibling subtrees the block stands for (1, or a run's length). */
  readonly count: number;
  /** Worst finding inside: 0 none, 2 warning, 3 error. */
  readonly worst: number;
}

/**
 * What the tree view last drew, for the views beside it: the part of the layout on screen (the
 * overview's rectangle follows it at every frame) and the labelled blocks (an accessible list;
 * it changes only when the set of blocks does, not at every frame of a pan).
 */
export interface DrawnViewStore {
  getViewport(): Viewport | null;
  setViewport(viewport: Viewport): void;
  subscribeViewport(listener: () => void): () => void;
  getBlocks(): readonly DrawnBlock[];
  setBlocks(blocks: readonly DrawnBlock[]): void;
  subscribeBlocks(listener: () => void): () => void;
}

export function createDrawnViewStore(): DrawnViewStore {
  let viewport: Viewport | null = null;
  let blocks: readonly DrawnBlock[] = [];
  let blocksKey = "";
  const viewportListeners = new Set<() => void>();
  const blockListeners = new Set<() => void>();
  return {
    getViewport: () => viewport,
    setViewport(next) {
      viewport = next;
      for (const listener of viewportListeners) listener();
    },
    subscribeViewport(listener) {
      viewportListeners.add(listener);
      return () => viewportListeners.delete(listener);
    },
    getBlocks: () => blocks,
    setBlocks(next) {
      const key = next
        .map((block) => `${block.node}\u0000${block.text}\u0000${block.worst}`)
        .join("\n");
      if (key === blocksKey) return;
      blocksKey = key;
      blocks = next;
      for (const listener of blockListeners) listener();
    },
    subscribeBlocks(listener) {
      blockListeners.add(listener);
      return () => blockListeners.delete(listener);
    },
  };
}
