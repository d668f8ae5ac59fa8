import { hierarchy as d3Hierarchy, tree } from "d3-hierarchy";
import { asNodeId, type NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import { hasShownChildren, type ShownNodes } from "../hierarchy/ShownNodes";

/** Size of one node's slot in the drawing, in layout units (CSS pixels at zoom 1). */
export const NODE_WIDTH = 280;
/** Room for the name, the Stat Server id and, when statistics are on, a row of figures. */
export const NODE_HEIGHT = 58;
export const COLUMN_GAP = 72;
const ROW_GAP = 10;

/**
 * Positions of the open part of the hierarchy, as flat typed arrays indexed by layout index
 * (the laid-out nodes in pre-order): the tree view culls and draws from these at every frame,
 * so they must be cheap to scan at 100k nodes.
 */
export interface TreeLayout {
  readonly hierarchy: Hierarchy;
  /** The NodeId at each layout index, in the hierarchy's order (pre-order). */
  readonly nodes: Uint32Array;
  /** Top-left corner of each node's box, in layout units. Index matches `nodes`. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** 1 for the top nodes. */
  readonly depth: Uint16Array;
  /** Index of the parent in `nodes`, -1 for the top nodes. */
  readonly parent: Int32Array;
  /** Whether the node has shown children (it gets an expand control). */
  readonly hasChildren: Uint8Array;
  /** Node indices sorted by `y`, for a binary search over the vertical extent of the viewport. */
  readonly byY: Uint32Array;
  /** Each node's layout index, by NodeId; -1 for a node not laid out. */
  readonly indexOf: Int32Array;
  readonly width: number;
  readonly height: number;
}

/** The NodeId at a layout index. */
export const nodeAtIndex = (layout: TreeLayout, i: number): NodeId => asNodeId(layout.nodes[i]!);

/** The kind of the node at a layout index. */
export const kindAt = (layout: TreeLayout, i: number): NodeKind =>
  layout.hierarchy.kind(nodeAtIndex(layout, i));

/** The name of the node at a layout index. */
export const nameAt = (layout: TreeLayout, i: number): string =>
  layout.hierarchy.name(nodeAtIndex(layout, i));

/** A node's layout index, or -1 when it is not laid out (closed above, or filtered out). */
export const indexOfNode = (layout: TreeLayout, node: NodeId | null): number =>
  node === null ? -1 : (layout.indexOf[node] ?? -1);

/** The virtual root above the top nodes: d3 lays out one tree. */
const TOP = -1;

/**
 * A left-to-right tidy tree (Reingold–Tilford, via d3-hierarchy) of the top nodes and the
 * shown children of the open nodes below them. d3 wraps only those nodes (its datum is the
 * NodeId); nothing is made for the nodes under a closed one.
 */
export function layoutTree(shownNodes: ShownNodes, expanded: ReadonlySet<NodeId>): TreeLayout {
  const { hierarchy, top, shown } = shownNodes;
  const { end, childCount, parent: parentOf } = hierarchy.columns;
  const shownChildren = (n: number): number[] | null => {
    if (childCount[n] === 0) return null;
    const children: number[] = [];
    for (let c = n + 1; c < end[n]!; c = end[c]!) if (!shown || shown[c]) children.push(c);
    return children.length > 0 ? children : null;
  };
  const wrapped = d3Hierarchy<number>(TOP, (n) =>
    n === TOP ? top : expanded.has(asNodeId(n)) ? shownChildren(n) : null,
  );
  tree<number>()
    .nodeSize([NODE_HEIGHT + ROW_GAP, NODE_WIDTH + COLUMN_GAP])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(wrapped);

  const count = wrapped.descendants().length - 1;
  const nodes = new Uint32Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const depth = new Uint16Array(count);
  const parent = new Int32Array(count);
  const hasChildren = new Uint8Array(count);
  const indexOf = new Int32Array(hierarchy.size).fill(-1);

  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = 0;
  let i = 0;
  // d3's `x` is the breadth axis and `y` the depth axis; the drawing is horizontal, so swap.
  wrapped.eachBefore((d) => {
    if (d.depth === 0) return;
    const n = d.data;
    const top = (d.x ?? 0) - NODE_HEIGHT / 2;
    const left = (d.depth - 1) * (NODE_WIDTH + COLUMN_GAP);
    nodes[i] = n;
    x[i] = left;
    y[i] = top;
    depth[i] = d.depth;
    parent[i] = d.depth > 1 ? indexOf[parentOf[n]!]! : -1;
    hasChildren[i] = d.children || hasShownChildren(shownNodes, asNodeId(n)) ? 1 : 0;
    indexOf[n] = i;
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
    hierarchy,
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
