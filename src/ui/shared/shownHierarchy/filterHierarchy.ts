import { asNodeId, type NodeId, type NodePath } from "../../../model/config/ids";
import { Hierarchy } from "../../../model/hierarchy/Hierarchy";

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

export interface HierarchyFilter {
  /** Which nodes to keep (with their ancestors); null keeps every node. */
  readonly matches: ((node: NodeId) => boolean) | null;
  /** Show only this node's subtree; null for the whole hierarchy. */
  readonly focus: NodePath | null;
}

/**
 * Marks the nodes that match and the ancestors of each, so their context stays visible, and
 * optionally keeps to one subtree. The hierarchy is not copied: the result is a mask by NodeId
 * and the rows to start from. One pass over the subtree, children before their parent, asking
 * about each node once.
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
      top: focusNode === null ? hierarchy.children(Hierarchy.ROOT) : [focusNode],
      shown: null,
      matches: count,
      paths: focusNode !== null && hierarchy.childCount(focusNode) > 0 ? [focusNode] : [],
      focusPath,
      focusNode,
      focusMissing,
    };
  }
  const { parent } = hierarchy.columns;
  const shown = new Uint8Array(hierarchy.size);
  const paths: NodeId[] = [];
  let count = 0;
  // The root is never a match itself; a focused node may be, and what is above it is not shown.
  const first = focusNode ?? 1;
  for (let n = end - 1; n >= first; n--) {
    // Set already: a child is shown, so this node has a path to open.
    if (shown[n] === 1) paths.push(asNodeId(n));
    if (filter.matches(asNodeId(n))) {
      count++;
      shown[n] = 1;
    }
    if (shown[n] === 1 && n > first) shown[parent[n]!] = 1;
  }
  paths.reverse();
  let rows: NodeId[];
  if (focusNode !== null) rows = shown[focusNode] === 1 ? [focusNode] : [];
  else rows = hierarchy.children(Hierarchy.ROOT).filter((n) => shown[n] === 1);
  return { top: rows, shown, matches: count, paths, focusPath, focusNode, focusMissing };
}
