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

/**
 * Which nodes to keep (with their ancestors), asked only of the candidates: the only nodes
 * that can match (the nodes in alarm, those of objects with findings), so a filter costs what
 * can match, not the hierarchy's size. `matches: null` keeps every node. `focus`: show only
 * this node's subtree; null for the whole hierarchy.
 */
type HierarchyFilter =
  | { readonly matches: null; readonly focus: NodePath | null }
  | {
      readonly matches: (node: NodeId) => boolean;
      readonly candidates: Iterable<NodeId>;
      readonly focus: NodePath | null;
    };

/**
 * Marks the nodes that match and the ancestors of each, so their context stays visible, and
 * optionally keeps to one subtree. The hierarchy is not copied: the result is a mask by NodeId
 * and the rows to start from. Only the candidates are asked, each once.
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
  const { count, paths } = markCandidates(
    hierarchy,
    filter.matches,
    filter.candidates,
    first,
    end,
    shown,
  );
  let rows: NodeId[];
  if (focusNode !== null) rows = shown[focusNode] === 1 ? [focusNode] : [];
  else rows = hierarchy.children(Hierarchy.ROOT).filter((n) => shown[n] === 1);
  return { top: rows, shown, matches: count, paths, focusPath, focusNode, focusMissing };
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
