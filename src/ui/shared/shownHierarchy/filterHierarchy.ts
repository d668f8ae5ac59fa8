import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";

/** What the outline and the tree show of a hierarchy once a filter and a focus are applied. */
export interface FilteredHierarchy {
  /** The root to lay out: the given one when nothing is filtered, else a pruned copy. */
  readonly root: HierarchyNode;
  /** Nodes that match the filter (every node of the focused subtree when there is no filter). */
  readonly matches: number;
  /**
   * What to open so every match is laid out with its path: the shown nodes that have shown
   * children when filtered, the path to the focused node and that node when focused only.
   */
  readonly paths: readonly NodePath[];
  /** The focused node's ancestors below the root, outermost first (empty without a focus). */
  readonly focusPath: readonly HierarchyNode[];
  /** The focused node, or null when there is none or its id is not in this hierarchy. */
  readonly focusNode: HierarchyNode | null;
  /** Whether a focus was asked for and its id is not in this hierarchy (everything is shown). */
  readonly focusMissing: boolean;
}

interface HierarchyFilter {
  /** Which nodes to keep (with their ancestors); null keeps every node. */
  readonly matches: ((node: HierarchyNode) => boolean) | null;
  /** Show only this node's subtree, with its ancestors; null for the whole hierarchy. */
  readonly focus: NodePath | null;
}

interface Frame {
  readonly node: HierarchyNode;
  next: number;
  kept: HierarchyNode[] | null;
  /** Whether a child was dropped or replaced by a pruned copy. */
  changed: boolean;
}

/**
 * Prunes a hierarchy to the nodes that match, keeping the ancestors of each so its context
 * stays visible, and optionally to one subtree. One iterative pass over the nodes that can be
 * shown (a deep tree cannot overflow the stack); nodes whose subtree is kept whole are reused,
 * not copied, so ids, kinds and objects stay those of the model.
 */
export function filterHierarchy(root: HierarchyNode, filter: HierarchyFilter): FilteredHierarchy {
  let top = root;
  let focusPath: HierarchyNode[] = [];
  let focusNode: HierarchyNode | null = null;
  const focusMissing = filter.focus !== null && filter.focus !== root.id;
  if (filter.focus !== null && filter.focus !== root.id) {
    const path = pathTo(root, filter.focus);
    if (path) {
      focusNode = path[path.length - 1]!;
      focusPath = path.slice(0, -1);
      top = focusNode;
    }
  }
  if (focusMissing && focusNode === null) {
    return { ...prune(root, filter.matches, true), focusPath: [], focusNode: null, focusMissing };
  }
  const pruned = prune(top, filter.matches, focusNode === null);
  if (focusNode === null) return { ...pruned, focusPath, focusNode, focusMissing: false };
  const paths: NodePath[] = [];
  let shown: HierarchyNode | null = pruned.root;
  if (pruned.matches > 0) {
    // The chain from the root down to the focused node, each with that one child.
    for (let i = focusPath.length - 1; i >= 0; i--) {
      shown = { ...focusPath[i]!, children: [shown!] };
    }
    for (const ancestor of focusPath) paths.push(ancestor.id);
    if (pruned.root.children.length > 0) paths.push(pruned.root.id);
    paths.push(...pruned.paths);
  }
  return {
    root: { ...root, children: pruned.matches > 0 ? [shown!] : [] },
    matches: pruned.matches,
    paths,
    focusPath,
    focusNode,
    focusMissing: false,
  };
}

/** The nodes from the root's child down to the node with `id`, or null when there is none. */
function pathTo(root: HierarchyNode, id: NodePath): HierarchyNode[] | null {
  const nodes: HierarchyNode[] = [];
  const stack: { node: HierarchyNode; depth: number }[] = root.children
    .map((node) => ({ node, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    nodes.length = depth;
    nodes.push(node);
    if (node.id === id) return nodes;
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({ node: node.children[i]!, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The subtree under `top` cut to the matches and their ancestors. `isRoot`: `top` is the
 * invisible root, which is never a match itself.
 */
function prune(
  top: HierarchyNode,
  matches: ((node: HierarchyNode) => boolean) | null,
  isRoot: boolean,
): { root: HierarchyNode; matches: number; paths: NodePath[] } {
  if (matches === null) {
    return { root: top, matches: countBelow(top) + (isRoot ? 0 : 1), paths: [] };
  }
  let count = 0;
  const paths: NodePath[] = [];
  let result: HierarchyNode | null = null;
  const frames: Frame[] = [{ node: top, next: 0, kept: null, changed: false }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const { node } = frame;
    if (frame.next < node.children.length) {
      const child = node.children[frame.next++]!;
      if (child.children.length > 0) {
        frames.push({ node: child, next: 0, kept: null, changed: false });
      } else if (matches(child)) {
        // Leaves, most of the nodes, are decided here without a frame of their own.
        count++;
        (frame.kept ??= []).push(child);
      } else frame.changed = true;
      continue;
    }
    frames.pop();
    const isMatch = !(isRoot && frames.length === 0) && matches(node);
    if (isMatch) count++;
    const kept = frame.kept;
    let shown: HierarchyNode | null = null;
    if (kept !== null) {
      shown =
        frame.changed || kept.length !== node.children.length ? { ...node, children: kept } : node;
    } else if (isMatch || frames.length === 0) {
      shown = node.children.length === 0 ? node : { ...node, children: [] };
    }
    const parent = frames[frames.length - 1];
    if (shown === null) {
      if (parent) parent.changed = true;
      continue;
    }
    if (kept !== null && frames.length > 0) paths.push(node.id);
    if (!parent) {
      result = shown;
      continue;
    }
    (parent.kept ??= []).push(shown);
    if (shown !== node) parent.changed = true;
  }
  return { root: result!, matches: count, paths };
}

function countBelow(node: HierarchyNode): number {
  let count = 0;
  const stack = [...node.children];
  while (stack.length > 0) {
    const next = stack.pop()!;
    count++;
    for (const child of next.children) stack.push(child);
  }
  return count;
}
