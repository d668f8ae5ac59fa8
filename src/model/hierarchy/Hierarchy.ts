import {
  asNodeId,
  asNodePath,
  asObjectKey,
  asStatId,
  type NodeId,
  type NodePath,
  type ObjectKey,
  type StatId,
} from "../config/ids";
import { NODE_KINDS, type NodeKind } from "./NodeKind";
import { parseSegment, pathSegment, ROOT_PATH } from "./nodePath";

/** Bits of `HierarchyColumns.flags`. */
export const NODE_FLAGS = {
  /** The node's object appears at more than one node (a calling list in two campaigns). */
  shared: 1,
  /** The Stat Server id is the name (most kinds): it is not stored twice. */
  statIdIsName: 2,
  /** No Stat Server id (the root, `Unassigned`, an agent without an employee ID). */
  noStatId: 4,
} as const;

/**
 * A built hierarchy as columns, one entry per node in depth-first pre-order (tree order: a
 * parent before its children, the root at 0). A node's subtree is the run `[n, end[n])`, so
 * its first child is `n + 1` and each next sibling is `end` of the one before. Plain typed
 * arrays and two strings: they cross from the worker to the page as transferred buffers, and
 * no object exists per node.
 */
export interface HierarchyColumns {
  /** Index in `NODE_KINDS`. */
  readonly kind: Uint8Array;
  /** The parent's index; -1 for the root. */
  readonly parent: Int32Array;
  /** One past the node's last descendant. */
  readonly end: Uint32Array;
  readonly childCount: Uint32Array;
  /** 0 for the root, 1 for the tenants... */
  readonly depth: Uint16Array;
  /** The key of the node's object (the campaign, for a CampaignCallingList); 0 for none. */
  readonly object: Uint32Array;
  /** A CampaignCallingList's index in its campaign's `callingLists`; -1 for other nodes. */
  readonly entry: Int32Array;
  /** `NODE_FLAGS` bits. */
  readonly flags: Uint8Array;
  /** Every node's name, one after the other; node n's is `[nameStart[n], nameStart[n + 1])`. */
  readonly names: string;
  readonly nameStart: Uint32Array;
  /** The Stat Server ids that are not the node's name, the same way. */
  readonly statIds: string;
  readonly statStart: Uint32Array;
}

/** The buffers of the columns, to transfer rather than copy them to another thread. */
export function columnBuffers(columns: HierarchyColumns): ArrayBuffer[] {
  const { kind, parent, end, childCount, depth, object, entry, flags, nameStart, statStart } =
    columns;
  return [kind, parent, end, childCount, depth, object, entry, flags, nameStart, statStart].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

const NONE: readonly NodeId[] = Object.freeze([]);
const KIND_INDEX: ReadonlyMap<NodeKind, number> = new Map(NODE_KINDS.map((kind, i) => [kind, i]));

/**
 * The Stat Server campaign hierarchy of one model under one pivot. Nodes are `NodeId`s,
 * indices into the columns; what a view needs of a node it reads here when it draws it.
 */
export class Hierarchy {
  static readonly ROOT = asNodeId(0);

  readonly size: number;
  #maxDepth = -1;
  #ordinals: Uint32Array | null = null;
  /** Nodes of each object, grouped by object key: `objectNodes[objectStart[k]...]`. */
  #objectStart: Uint32Array | null = null;
  #objectNodes: Uint32Array | null = null;

  constructor(readonly columns: HierarchyColumns) {
    this.size = columns.kind.length;
  }

  kind(n: NodeId): NodeKind {
    return NODE_KINDS[this.columns.kind[n]!]!;
  }

  /** The configuration name (a CampaignGroup's own `name` field; an Agent's userName). */
  name(n: NodeId): string {
    const { names, nameStart } = this.columns;
    return names.slice(nameStart[n]!, nameStart[n + 1]!);
  }

  /**
   * The id Stat Server knows this node by: the name for Campaign, CallingList, GroupAgents,
   * GroupPlaces, Place and Tenant; the composed `C@G` / `C@L` for CampaignGroup and
   * CampaignCallingList; the employee ID for Agent. Null for the root and Unassigned, and for
   * an agent with no employee ID.
   */
  statId(n: NodeId): StatId | null {
    const { flags, statIds, statStart } = this.columns;
    const bits = flags[n]!;
    if (bits & NODE_FLAGS.noStatId) return null;
    if (bits & NODE_FLAGS.statIdIsName) return asStatId(this.name(n));
    return asStatId(statIds.slice(statStart[n]!, statStart[n + 1]!));
  }

  /** The configuration object behind the node (the campaign, for a CampaignCallingList). */
  object(n: NodeId): ObjectKey | null {
    const key = this.columns.object[n]!;
    return key === 0 ? null : asObjectKey(key);
  }

  /** For a CampaignCallingList: the index of its entry in the campaign's `callingLists`. */
  entry(n: NodeId): number | null {
    const entry = this.columns.entry[n]!;
    return entry < 0 ? null : entry;
  }

  parent(n: NodeId): NodeId | null {
    const parent = this.columns.parent[n]!;
    return parent < 0 ? null : asNodeId(parent);
  }

  depth(n: NodeId): number {
    return this.columns.depth[n]!;
  }

  childCount(n: NodeId): number {
    return this.columns.childCount[n]!;
  }

  /** One past the node's last descendant: its subtree is `[n, end(n))`. */
  end(n: NodeId): number {
    return this.columns.end[n]!;
  }

  isShared(n: NodeId): boolean {
    return (this.columns.flags[n]! & NODE_FLAGS.shared) !== 0;
  }

  /** The node's children, in order. */
  children(n: NodeId): NodeId[] {
    const { end, childCount } = this.columns;
    const children = new Array<NodeId>(childCount[n]!);
    for (let c = n + 1, i = 0; c < end[n]!; c = end[c]!, i++) children[i] = asNodeId(c);
    return children;
  }

  /** The nodes from the root's child down to the node's parent: what must be open to show it. */
  ancestors(n: NodeId): NodeId[] {
    const path: NodeId[] = [];
    for (let p = this.columns.parent[n]!; p > 0; p = this.columns.parent[p]!) {
      path.push(asNodeId(p));
    }
    return path.reverse();
  }

  /** The deepest level below the root (the root's children are level 1). */
  get maxDepth(): number {
    if (this.#maxDepth < 0) {
      let max = 0;
      for (const depth of this.columns.depth) if (depth > max) max = depth;
      this.#maxDepth = max;
    }
    return this.#maxDepth;
  }

  /** Every node of an object, in tree order, whatever its kind. */
  nodesOf(object: ObjectKey): readonly NodeId[] {
    const start = this.#objectIndex();
    const nodes = this.#objectNodes!;
    if (object + 1 >= start.length) return NONE;
    const from = start[object]!;
    const to = start[object + 1]!;
    if (from === to) return NONE;
    return Array.from(nodes.subarray(from, to), asNodeId);
  }

  /**
   * Every appearance of an object, in tree order. CampaignCallingList nodes, whose object is
   * their campaign, are not appearances of the campaign.
   */
  appearances(object: ObjectKey): readonly NodeId[] {
    const nodes = this.nodesOf(object);
    return nodes.some((n) => this.kind(n) === "campaignCallingList")
      ? nodes.filter((n) => this.kind(n) !== "campaignCallingList")
      : nodes;
  }

  /** One step of the node's path (`campaign:Sales`, `unassigned`). */
  segment(n: NodeId): string {
    return pathSegment(this.kind(n), this.name(n), this.#ordinal(n));
  }

  /**
   * The node's path: its ancestors' segments and its own, joined by `/` (`/` for the root).
   * The same data gives the same paths on every load.
   */
  pathOf(n: NodeId): NodePath {
    if (n === 0) return asNodePath(ROOT_PATH);
    const segments: string[] = [];
    for (let p: number = n; p > 0; p = this.columns.parent[p]!) {
      segments.push(this.segment(asNodeId(p)));
    }
    return asNodePath(segments.reverse().join("/"));
  }

  /**
   * The node at a path, found by walking its segments from the root; null when none is. Each
   * segment is read once, and children are compared by kind and name as the columns hold them,
   * counting those alike up to the segment's ordinal: no segment text is written per sibling.
   */
  nodeAt(path: string): NodeId | null {
    if (path === ROOT_PATH) return Hierarchy.ROOT;
    const { end, kind } = this.columns;
    let node = 0;
    for (const text of path.split("/")) {
      const segment = parseSegment(text);
      if (segment === null) return null;
      const wanted = KIND_INDEX.get(segment.kind)!;
      let left = segment.ordinal;
      let found = -1;
      for (let c = node + 1; c < end[node]!; c = end[c]!) {
        if (kind[c] !== wanted) continue;
        if (segment.name !== null && !this.#hasName(c, segment.name)) continue;
        if (--left === 0) {
          found = c;
          break;
        }
      }
      if (found < 0) return null;
      node = found;
    }
    return asNodeId(node);
  }

  #hasName(n: number, name: string): boolean {
    const { names, nameStart } = this.columns;
    const start = nameStart[n]!;
    return nameStart[n + 1]! - start === name.length && names.startsWith(name, start);
  }

  /** 1 for the first child of its parent of one kind and name, 2 for the second... */
  #ordinal(n: NodeId): number {
    if (n === 0) return 1;
    this.#ordinals ??= new Uint32Array(this.size);
    if (this.#ordinals[n] === 0) this.#countOrdinals(this.columns.parent[n]!, this.#ordinals);
    return this.#ordinals[n]!;
  }

  // Counted for one parent's children when a path first needs one of them (0 = not yet): a
  // path names a few nodes, and counting every parent's children up front would be a pass
  // over the whole hierarchy the first time one card or link shows its path.
  #countOrdinals(parent: number, ordinals: Uint32Array): void {
    const { end, childCount, kind } = this.columns;
    if (childCount[parent]! < 2) {
      ordinals[parent + 1] = 1;
      return;
    }
    const seen = new Map<string, number>();
    for (let c = parent + 1; c < end[parent]!; c = end[c]!) {
      const key = `${kind[c]!}:${this.name(asNodeId(c))}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      ordinals[c] = count;
    }
  }

  #objectIndex(): Uint32Array {
    if (this.#objectStart) return this.#objectStart;
    const { object } = this.columns;
    let maxKey = 0;
    for (const key of object) if (key > maxKey) maxKey = key;
    const start = new Uint32Array(maxKey + 2);
    for (const key of object) if (key !== 0) start[key + 1]!++;
    for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
    const nodes = new Uint32Array(start[start.length - 1]!);
    const next = start.slice(0, maxKey + 1);
    for (let n = 0; n < this.size; n++) {
      const key = object[n]!;
      if (key !== 0) nodes[next[key]!++] = n;
    }
    this.#objectStart = start;
    this.#objectNodes = nodes;
    return start;
  }
}
