import { NODE_HEIGHT, type TreeLayout } from "../../shared/tree/layoutTree";

/**
 * What the level of detail needs to treat a laid-out subtree as one thing without visiting its
 * nodes. The layout's indices are in pre-order, so a subtree is the index range
 * `[i, end[i])`; and a tidy tree keeps each level in pre-order top to bottom, so the nodes of
 * one depth, listed in index order, are also sorted by `y`. A subtree's extent at a depth is
 * then the first and last entry of that depth's list inside its range: two binary searches.
 */
export interface SubtreeIndex {
  /** One past the last index of each node's subtree. */
  readonly end: Int32Array;
  /** Top of the highest and bottom of the lowest box in each node's subtree (layout units). */
  readonly top: Float64Array;
  readonly bottom: Float64Array;
  /** Per depth (index 0 is depth 1), the node indices of that depth in increasing order. */
  readonly columns: readonly Int32Array[];
  /** Worst finding severity in each node's subtree (0 none, 2 warning, 3 error). */
  readonly worst: Uint8Array;
  /** Indices of the nodes with a warning or error, sorted by `y`, for marks inside blocks. */
  readonly flaggedByY: Int32Array;
  /**
   * Per depth, aligned with `columns`: each node's subtree height, sorted tallest first within
   * each run of siblings, and their running sum (one longer). How much of a parent the children
   * taller than some height cover is then a binary search, not a walk over the children.
   */
  readonly siblingHeights: readonly Float64Array[];
  readonly siblingSums: readonly Float64Array[];
}

export function indexSubtrees(layout: TreeLayout, severity: Uint8Array): SubtreeIndex {
  const n = layout.nodes.length;
  const { parent, y, depth } = layout;
  const end = new Int32Array(n);
  const top = new Float64Array(n);
  const bottom = new Float64Array(n);
  const worst = new Uint8Array(n);
  let maxDepth = 0;
  for (let i = 0; i < n; i++) {
    end[i] = i + 1;
    top[i] = y[i]!;
    bottom[i] = y[i]! + NODE_HEIGHT;
    worst[i] = severity[i]! >= 2 ? severity[i]! : 0;
    if (depth[i]! > maxDepth) maxDepth = depth[i]!;
  }
  // Children come after their parent in pre-order: one backward pass folds each into it.
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i]!;
    if (p < 0) continue;
    if (end[i]! > end[p]!) end[p] = end[i]!;
    if (top[i]! < top[p]!) top[p] = top[i]!;
    if (bottom[i]! > bottom[p]!) bottom[p] = bottom[i]!;
    if (worst[i]! > worst[p]!) worst[p] = worst[i]!;
  }
  const counts = new Int32Array(maxDepth + 1);
  for (let i = 0; i < n; i++) counts[depth[i]!]!++;
  const columns = Array.from({ length: maxDepth }, (_, d) => new Int32Array(counts[d + 1]!));
  const filled = new Int32Array(maxDepth + 1);
  for (let i = 0; i < n; i++) {
    const d = depth[i]!;
    columns[d - 1]![filled[d]!++] = i;
  }
  const siblingHeights = columns.map((column) => {
    const heights = new Float64Array(column.length);
    let start = 0;
    for (let c = 0; c <= column.length; c++) {
      if (c < column.length) heights[c] = bottom[column[c]!]! - top[column[c]!]!;
      if (c === column.length || (c > start && parent[column[c]!] !== parent[column[start]!])) {
        heights.subarray(start, c).sort().reverse();
        start = c;
      }
    }
    return heights;
  });
  const siblingSums = siblingHeights.map((heights) => {
    const sums = new Float64Array(heights.length + 1);
    for (let c = 0; c < heights.length; c++) sums[c + 1] = sums[c]! + heights[c]!;
    return sums;
  });
  const flagged: number[] = [];
  for (const i of layout.byY) if (severity[i]! >= 2) flagged.push(i);
  return {
    end,
    top,
    bottom,
    columns,
    worst,
    flaggedByY: Int32Array.from(flagged),
    siblingHeights,
    siblingSums,
  };
}

/** The first position in `sorted` whose value is at least `value`. */
export function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The total height of the siblings at positions [from, to) of a column that are at least
 * `minHeight` tall (layout units).
 */
export function heightOfSiblingsAtLeast(
  index: SubtreeIndex,
  depth: number,
  from: number,
  to: number,
  minHeight: number,
): number {
  const heights = index.siblingHeights[depth - 1]!;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (heights[mid]! >= minHeight) lo = mid + 1;
    else hi = mid;
  }
  const sums = index.siblingSums[depth - 1]!;
  return sums[lo]! - sums[from]!;
}

/**
 * The vertical extent, per depth, of node `i`'s subtree (or of the run of sibling subtrees from
 * `i` up to index `stop`): `[depth, first, last]` triples of node indices, first and last being
 * the highest and lowest box at that depth.
 */
export function subtreeBands(
  layout: TreeLayout,
  index: SubtreeIndex,
  i: number,
  stop: number = index.end[i]!,
): [number, number, number][] {
  const bands: [number, number, number][] = [];
  for (let d = layout.depth[i]!; d <= index.columns.length; d++) {
    const column = index.columns[d - 1]!;
    const from = lowerBound(column, i);
    const to = lowerBound(column, stop);
    if (from >= to) break;
    bands.push([d, column[from]!, column[to - 1]!]);
  }
  return bands;
}
