import { asNodeId, type NodeId } from "../../../model/config/ids";
import { shownChildCount, type ShownNodes } from "../hierarchy/ShownNodes";

/**
 * The lines of the outline as parallel columns, row i being `node[i]` at `level[i]`: the
 * nodes whose ancestors are all open, in reading order. Only `length` entries are rows.
 */
export interface VisibleRows {
  readonly length: number;
  readonly node: Uint32Array;
  /** 1 for the top rows (the root itself is not shown). */
  readonly level: Uint16Array;
  /** 1-based position among its shown siblings and their count, for aria-posinset/setsize. */
  readonly posInSet: Uint32Array;
  readonly setSize: Uint32Array;
}

/** The node of row `i`. */
export const rowNode = (rows: VisibleRows, i: number): NodeId => asNodeId(rows.node[i]!);

/** The row showing `node`, or -1 when it is not visible. */
export function rowOf(rows: VisibleRows, node: NodeId): number {
  const i = rows.node.indexOf(node);
  return i < rows.length ? i : -1;
}

/**
 * The rows of the outline: the top nodes and, below each open one, its shown children. One
 * pass in tree order over the rows and the children of open nodes, jumping over closed
 * subtrees; a deep tree cannot overflow the stack.
 */
export function visibleRows(nodes: ShownNodes, expanded: ReadonlySet<NodeId>): VisibleRows {
  const { hierarchy, top, shown } = nodes;
  const { end, depth, childCount } = hierarchy.columns;
  let capacity = 64;
  let node = new Uint32Array(capacity);
  let level = new Uint16Array(capacity);
  let posInSet = new Uint32Array(capacity);
  let setSize = new Uint32Array(capacity);
  let length = 0;
  const push = (n: number, l: number, pos: number, size: number) => {
    if (length === capacity) {
      capacity *= 2;
      node = grown(node, capacity);
      level = grown(level, capacity);
      posInSet = grown(posInSet, capacity);
      setSize = grown(setSize, capacity);
    }
    node[length] = n;
    level[length] = l;
    posInSet[length] = pos;
    setSize[length] = size;
    length++;
  };
  // The open nodes being walked, innermost last: where each one's subtree ends, and how many
  // of its shown children were written and there are.
  const ends: number[] = [];
  const written: number[] = [];
  const sizes: number[] = [];
  const isShown = (n: number) => shown === null || shown[n] === 1;
  top.forEach((t, i) => {
    const base = depth[t]! - 1;
    for (let n: number = t; n < end[t]!;) {
      while (ends.length > 0 && n >= ends[ends.length - 1]!) {
        ends.pop();
        written.pop();
        sizes.pop();
      }
      if (!isShown(n)) {
        n = end[n]!;
        continue;
      }
      const inner = ends.length - 1;
      if (inner < 0) push(n, 1, i + 1, top.length);
      else push(n, depth[n]! - base, ++written[inner]!, sizes[inner]!);
      if (childCount[n]! > 0 && expanded.has(asNodeId(n))) {
        ends.push(end[n]!);
        written.push(0);
        sizes.push(shownChildCount(nodes, asNodeId(n)));
        n++;
      } else n = end[n]!;
    }
    ends.length = written.length = sizes.length = 0;
  });
  return { length, node, level, posInSet, setSize };
}

function grown<T extends Uint16Array | Uint32Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
