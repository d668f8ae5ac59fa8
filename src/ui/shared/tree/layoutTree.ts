import { hierarchy, tree } from "d3-hierarchy";
import type { NodePath } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";

/** Size of one node's slot in the drawing, in layout units (CSS pixels at zoom 1). */
export const NODE_WIDTH = 280;
/** Room for the name, the Stat Server id and, when statistics are on, a row of figures. */
export const NODE_HEIGHT = 58;
export const COLUMN_GAP = 72;
const ROW_GAP = 10;

/**
 * Positions of the open part of the hierarchy, as flat typed arrays: the tree view culls and
 * draws from these at every frame, so they must be cheap to scan at 100k nodes.
 */
export interface TreeLayout {
  readonly nodes: readonly HierarchyNode[];
  /** Top-left corner of each node's box, in layout units. Index matches `nodes`. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly depth: Uint16Array;
  /** Index of the parent in `nodes`, -1 for the top nodes. */
  readonly parent: Int32Array;
  /** Whether the node has children (drawn with an expand control). */
  readonly hasChildren: Uint8Array;
  /** Node indices sorted by `y`, for a binary search over the vertical extent of the viewport. */
  readonly byY: Uint32Array;
  readonly indexOf: ReadonlyMap<NodePath, number>;
  readonly width: number;
  readonly height: number;
}

/**
 * A left-to-right tidy tree (Reingold–Tilford, via d3-hierarchy) of the nodes whose ancestors
 * are open. The invisible root is laid out but not returned. d3 writes `x`/`y` onto the nodes
 * it lays out, so it runs on fresh wrappers from `hierarchy()`, never on the model's nodes.
 */
export function layoutTree(root: HierarchyNode, expanded: ReadonlySet<NodePath>): TreeLayout {
  const wrapped = hierarchy(root, (n) =>
    n === root || expanded.has(n.id) ? (n.children as HierarchyNode[]) : null,
  );
  tree<HierarchyNode>()
    .nodeSize([NODE_HEIGHT + ROW_GAP, NODE_WIDTH + COLUMN_GAP])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(wrapped);

  const count = wrapped.descendants().length - 1;
  const nodes: HierarchyNode[] = new Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const depth = new Uint16Array(count);
  const parent = new Int32Array(count);
  const hasChildren = new Uint8Array(count);
  const indexOf = new Map<NodePath, number>();

  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = 0;
  let i = 0;
  // d3's `x` is the breadth axis and `y` the depth axis; the drawing is horizontal, so swap.
  wrapped.eachBefore((d) => {
    if (d.depth === 0) return;
    const top = (d.x ?? 0) - NODE_HEIGHT / 2;
    const left = (d.depth - 1) * (NODE_WIDTH + COLUMN_GAP);
    nodes[i] = d.data;
    x[i] = left;
    y[i] = top;
    depth[i] = d.depth;
    parent[i] = d.depth > 1 && d.parent ? (indexOf.get(d.parent.data.id) ?? -1) : -1;
    hasChildren[i] = d.data.children.length > 0 ? 1 : 0;
    indexOf.set(d.data.id, i);
    if (top < minY) minY = top;
    if (top > maxY) maxY = top;
    if (left > maxX) maxX = left;
    i++;
  });
  if (count === 0) {
    minY = 0;
    maxY = 0;
  }
  for (let k = 0; k < count; k++) y[k] = y[k]! - minY;

  const byY = new Uint32Array(count);
  for (let k = 0; k < count; k++) byY[k] = k;
  byY.sort((a, b) => y[a]! - y[b]!);

  return {
    nodes,
    x,
    y,
    depth,
    parent,
    hasChildren,
    byY,
    indexOf,
    width: count === 0 ? 0 : maxX + NODE_WIDTH,
    height: count === 0 ? 0 : maxY - minY + NODE_HEIGHT,
  };
}
