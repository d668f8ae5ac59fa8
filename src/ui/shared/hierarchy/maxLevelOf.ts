import type { ShownNodes } from "./ShownNodes";

/**
 * The deepest level laid out when every shown node is open (the top rows are level 1): the
 * "(all)" choice of Open levels. The whole hierarchy's is its `maxDepth`, kept by the
 * hierarchy; a focus or a filter is measured over the shown subtrees.
 */
export function maxLevelOf({ hierarchy, top, shown }: ShownNodes): number {
  const { end, depth } = hierarchy.columns;
  if (shown === null && top.length > 0 && depth[top[0]!] === 1) return hierarchy.maxDepth;
  let max = 0;
  for (const t of top) {
    const base = depth[t]! - 1;
    for (let n: number = t; n < end[t]!; n++) {
      if (shown !== null && shown[n] === 0) {
        n = end[n]! - 1;
        continue;
      }
      if (depth[n]! - base > max) max = depth[n]! - base;
    }
  }
  return max;
}
