import { asNodeId, type NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import { hasShownChildren, type ShownNodes } from "../hierarchy/ShownNodes";
import { tidyTree } from "./tidyTree";

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

/** Between nodes that are not siblings, a quarter more than between siblings. */
const COUSIN_SEPARATION = 1.25;

/**
 * A left-to-right tidy tree of the top nodes and the shown children of the open nodes below
 * them. The nodes under a closed one are jumped over, and every per-node value is a typed
 * array: laying out a million open nodes makes no object per node.
 */
export function layoutTree(shownNodes: ShownNodes, expanded: ReadonlySet<NodeId>): TreeLayout {
  const { hierarchy } = shownNodes;
  const count = walkOpenPart(shownNodes, expanded, null);
  const nodes = new Uint32Array(count);
  const depth = new Uint16Array(count);
  const parent = new Int32Array(count);
  walkOpenPart(shownNodes, expanded, { nodes, depth, parent });

  const indexOf = new Int32Array(hierarchy.size).fill(-1);
  for (let i = 0; i < count; i++) indexOf[nodes[i]!] = i;
  const hasChildren = new Uint8Array(count);
  for (let i = 0; i < count; i++) if (parent[i]! >= 0) hasChildren[parent[i]!] = 1;
  for (let i = 0; i < count; i++) {
    if (hasChildren[i] === 0 && hasShownChildren(shownNodes, asNodeId(nodes[i]!))) {
      hasChildren[i] = 1;
    }
  }

  // The tidy tree's breadth axis is the drawing's vertical one; its positions are node centres.
  const y = tidyTree(parent, COUSIN_SEPARATION);
  const x = new Float64Array(count);
  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = 0;
  for (let i = 0; i < count; i++) {
    const top = y[i]! * (NODE_HEIGHT + ROW_GAP) - NODE_HEIGHT / 2;
    const left = (depth[i]! - 1) * (NODE_WIDTH + COLUMN_GAP);
    y[i] = top;
    x[i] = left;
    if (top < minY) minY = top;
    if (top > maxY) maxY = top;
    if (left > maxX) maxX = left;
  }
  if (count === 0) {
    minY = 0;
    maxY = 0;
  }
  for (let i = 0; i < count; i++) y[i] = y[i]! - minY;

  const byY = new Uint32Array(count);
  for (let i = 0; i < count; i++) byY[i] = i;
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

interface OpenPart {
  readonly nodes: Uint32Array;
  readonly depth: Uint16Array;
  readonly parent: Int32Array;
}

/**
 * Walks the laid-out nodes in pre-order (each top node, then the shown children of each open
 * node), jumping over closed subtrees, and returns how many there are. With `into`, also
 * writes each one's NodeId, depth (1 for the top nodes) and parent's index (-1 for the top).
 */
function walkOpenPart(
  { hierarchy, top, shown }: ShownNodes,
  expanded: ReadonlySet<NodeId>,
  into: OpenPart | null,
): number {
  const { end, childCount } = hierarchy.columns;
  const opens = (n: number) => childCount[n]! > 0 && expanded.has(asNodeId(n));
  // The open nodes being walked, innermost last: where each one's subtree ends, its index.
  const ends: number[] = [];
  const indices: number[] = [];
  let i = 0;
  const visit = (n: number, parentIndex: number): void => {
    if (into !== null) {
      into.nodes[i] = n;
      into.depth[i] = ends.length + 1;
      into.parent[i] = parentIndex;
    }
    if (opens(n)) {
      ends.push(end[n]!);
      indices.push(i);
    }
    i++;
  };
  for (const t of top) {
    visit(t, -1);
    for (let n: number = t + 1; ends.length > 0;) {
      if (n >= ends[ends.length - 1]!) {
        ends.pop();
        indices.pop();
      } else if (shown !== null && shown[n] !== 1) n = end[n]!;
      else {
        const opened = ends.length;
        visit(n, indices[opened - 1]!);
        n = ends.length > opened ? n + 1 : end[n]!;
      }
    }
  }
  return i;
}
