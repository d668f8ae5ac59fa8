import { asNodeId, type NodeId, type NodePath } from "../../../model/config/ids";
import { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { wholeHierarchy } from "../hierarchy/ShownNodes";

/** What the outline and the tree show of a hierarchy once a filter and a focus are applied. */
export interface FilteredHierarchy {
  /** The rows at level 1: the root's children that are shown, or the focused node alone. */
  readonly top: readonly NodeId[];
  /** 1 for each node shown (the matches and their ancestors); null when no filter applies. */
  readonly shown: Uint8Array | null;
  /** Nodes that match the filter (every node of the focused subtree when there is no filter). */
  readonly matches: number;
  /**
   * What to open so every match is laid out with its path, in tree order: the shown nodes that
   * have shown children when filtered, the focused node when focused only.
   */
  readonly paths: readonly NodeId[];
  /** The focused node's ancestors below the root, outermost first (empty without a focus). */
  readonly focusPath: readonly NodeId[];
  /** The focused node, or null when there is none or its path is not in this hierarchy. */
  readonly focusNode: NodeId | null;
  /** Whether a focus was asked for and its path is not in this hierarchy (everything is shown). */
  readonly focusMissing: boolean;
}

interface HierarchyFilter {
  /** Which nodes to keep (with their ancestors); null keeps every node. */
  readonly matches: ((node: NodeId) => boolean) | null;
  /**
   * The only nodes that can match, when they are few and known (the nodes in alarm, those of
   * objects with findings): only they are asked, not every node. Absent: every node is.
   */
  readonly candidates?: Iterable<NodeId>;
  /** Show only this node's subtree; null for the whole hierarchy. */
  readonly focus: NodePath | null;
}

/**
 * Marks the nodes that match and the ancestors of each, so their context stays visible, and
 * optionally keeps to one subtree. The hierarchy is not copied: the result is a mask by NodeId
 * and the rows to start from. Each node is asked about once: every node of the subtree in one
 * pass, children before their parent, or only the candidates when they are given.
 */
export function filterHierarchy(hierarchy: Hierarchy, filter: HierarchyFilter): FilteredHierarchy {
  const asked = filter.focus !== null && filter.focus !== "/" ? filter.focus : null;
  const focusNode = asked === null ? null : hierarchy.nodeAt(asked);
  const focusMissing = asked !== null && focusNode === null;
  const top = focusNode ?? Hierarchy.ROOT;
  const focusPath = focusNode === null ? [] : hierarchy.ancestors(focusNode);
  const end = hierarchy.end(top);
  if (filter.matches === null) {
    const count = focusNode === null ? hierarchy.size - 1 : end - focusNode;
    return {
      top: focusNode === null ? wholeHierarchy(hierarchy).top : [focusNode],
      shown: null,
      matches: count,
      paths: focusNode !== null && hierarchy.childCount(focusNode) > 0 ? [focusNode] : [],
      focusPath,
      focusNode,
      focusMissing,
    };
  }
  const shown = new Uint8Array(hierarchy.size);
  // The root is never a match itself; a focused node may be, and what is above it is not shown.
  const first = focusNode ?? 1;
  const { count, paths } =
    filter.candidates === undefined
      ? markAll(hierarchy, filter.matches, first, end, shown)
      : markCandidates(hierarchy, filter.matches, filter.candidates, first, end, shown);
  let rows: NodeId[];
  if (focusNode !== null) rows = shown[focusNode] === 1 ? [focusNode] : [];
  else rows = hierarchy.children(Hierarchy.ROOT).filter((n) => shown[n] === 1);
  return { top: rows, shown, matches: count, paths, focusPath, focusNode, focusMissing };
}

/** Asks every node of `[first, end)`, children before their parent, and marks what is shown. */
function markAll(
  hierarchy: Hierarchy,
  matches: (node: NodeId) => boolean,
  first: number,
  end: number,
  shown: Uint8Array,
): { count: number; paths: NodeId[] } {
  const { parent } = hierarchy.columns;
  const paths: NodeId[] = [];
  let count = 0;
  for (let n = end - 1; n >= first; n--) {
    // Set already: a child is shown, so this node has a path to open.
    if (shown[n] === 1) paths.push(asNodeId(n));
    if (matches(asNodeId(n))) {
      count++;
      shown[n] = 1;
    }
    if (shown[n] === 1 && n > first && parent[n]! > 0) shown[parent[n]!] = 1;
  }
  return { count, paths: paths.reverse() };
}

/**
 * Asks only the candidates in `[first, end)` and marks each match with the path up to it,
 * stopping at the first node already shown (its own path is marked).
 */
function markCandidates(
  hierarchy: Hierarchy,
  matches: (node: NodeId) => boolean,
  candidates: Iterable<NodeId>,
  first: number,
  end: number,
  shown: Uint8Array,
): { count: number; paths: NodeId[] } {
  const { parent } = hierarchy.columns;
  const matched = new Uint8Array(hierarchy.size);
  const opened = new Uint8Array(hierarchy.size);
  const paths: NodeId[] = [];
  let count = 0;
  for (const n of candidates) {
    if (n < first || n >= end || matched[n] === 1 || !matches(n)) continue;
    matched[n] = 1;
    count++;
    shown[n] = 1;
    for (let p: number = n; p > first;) {
      const q = parent[p]!;
      if (q === 0) break;
      if (opened[q] === 0) {
        opened[q] = 1;
        paths.push(asNodeId(q));
      }
      if (shown[q] === 1) break;
      shown[q] = 1;
      p = q;
    }
  }
  return { count, paths: paths.sort((a, b) => a - b) };
}
