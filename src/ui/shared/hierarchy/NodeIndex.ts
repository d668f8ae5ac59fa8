import type { NodePath, ObjectKey } from "../../../model/config/ids";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";

/** Lookups over one built hierarchy by node path, for the viewer's reveal and highlight. */
export interface HierarchyIndex {
  readonly nodes: ReadonlyMap<NodePath, HierarchyNode>;
  /** The parent of each node; the root maps to null. */
  readonly parentOf: ReadonlyMap<NodePath, NodePath | null>;
  /**
   * Every appearance of each configuration object, in tree order. CampaignCallingList nodes,
   * whose object is their campaign, are not appearances of the campaign and are not listed.
   */
  readonly appearances: ReadonlyMap<ObjectKey, readonly NodePath[]>;
}

/** Indexes a hierarchy in one depth-first pass (iterative: no recursion limit). */
export function indexHierarchy(root: HierarchyNode): HierarchyIndex {
  const nodes = new Map<NodePath, HierarchyNode>();
  const parentOf = new Map<NodePath, NodePath | null>();
  const appearances = new Map<ObjectKey, NodePath[]>();
  const stack: [HierarchyNode, NodePath | null][] = [[root, null]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, parent] = item;
    nodes.set(node.id, node);
    parentOf.set(node.id, parent);
    if (node.object !== null && node.kind !== "campaignCallingList") {
      const list = appearances.get(node.object);
      if (list) list.push(node.id);
      else appearances.set(node.object, [node.id]);
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push([node.children[i] as HierarchyNode, node.id]);
    }
  }
  return { nodes, parentOf, appearances };
}

/** The model's hierarchy index, plus what the viewer needs for levels and shared objects. */
export interface NodeIndex extends HierarchyIndex {
  readonly root: HierarchyNode;
  /** Deepest level below the root (the root's children are level 1). */
  readonly maxLevel: number;
  /**
   * Every node of each configuration object, in tree order, whatever its kind: the node
   * itself when there is one (most objects), else the list.
   */
  readonly nodesOfObject: ReadonlyMap<ObjectKey, HierarchyNode | readonly HierarchyNode[]>;
}

// Indexing 100k+ nodes takes a noticeable fraction of a second; the loader indexes a
// hierarchy from the worker while the rules still run there, and the workspace finds it here.
const indexed = new WeakMap<HierarchyNode, NodeIndex>();

/** The index of a hierarchy, built once per root. */
export function indexNodes(root: HierarchyNode): NodeIndex {
  let index = indexed.get(root);
  if (!index) {
    index = buildNodeIndex(root);
    indexed.set(root, index);
  }
  return index;
}

/**
 * The index in two parts. What the first drawing needs (levels, and which objects are shared,
 * for the shared marks) is built at once and keys maps by object key, which is short. The model's
 * index by node id (`nodes`, `parentOf`, `appearances`) is built on first use: ids are paths,
 * 30 MB of them at 100k objects, and hashing them takes about 300 ms, which the workspace
 * spends just after the first paint (`prepareIndex`) instead of before it.
 */
class TwoPartIndex implements NodeIndex {
  #byId: HierarchyIndex | null = null;

  constructor(
    readonly root: HierarchyNode,
    readonly maxLevel: number,
    readonly nodesOfObject: ReadonlyMap<ObjectKey, HierarchyNode | readonly HierarchyNode[]>,
  ) {}

  get nodes() {
    return this.byId().nodes;
  }

  get parentOf() {
    return this.byId().parentOf;
  }

  get appearances() {
    return this.byId().appearances;
  }

  byId(): HierarchyIndex {
    this.#byId ??= indexHierarchy(this.root);
    return this.#byId;
  }
}

function buildNodeIndex(root: HierarchyNode): NodeIndex {
  let maxLevel = 0;
  const nodesOfObject = new Map<ObjectKey, HierarchyNode | HierarchyNode[]>();
  // Depth first in tree order, with two stacks rather than one of [node, level] pairs: no
  // pair to allocate per node.
  const nodes: HierarchyNode[] = [root];
  const levels: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const level = levels.pop()!;
    if (level > maxLevel) maxLevel = level;
    if (node.object !== null) {
      const same = nodesOfObject.get(node.object);
      if (same === undefined) nodesOfObject.set(node.object, node);
      else if (Array.isArray(same)) same.push(node);
      else nodesOfObject.set(node.object, [same as HierarchyNode, node]);
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      levels.push(level + 1);
    }
  }
  return new TwoPartIndex(root, maxLevel, nodesOfObject);
}

/** Builds the part of the index keyed by node id now, when the page has a moment. */
export function prepareIndex(index: NodeIndex): void {
  if (index instanceof TwoPartIndex) index.byId();
}

/** The ids from the root's child down to the node's parent: what must be open to show it. */
export function ancestorsOf(index: NodeIndex, id: NodePath): NodePath[] {
  const path: NodePath[] = [];
  let current = index.parentOf.get(id);
  while (current !== undefined && current !== null && current !== index.root.id) {
    path.push(current);
    current = index.parentOf.get(current);
  }
  return path.reverse();
}

/** Ids of nodes with children at levels 1..level-1: opening them shows `level` levels. */
export function openToLevel(root: HierarchyNode, level: number): NodePath[] {
  const ids: NodePath[] = [];
  const stack: [HierarchyNode, number][] = root.children.map((c) => [c, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth >= level || node.children.length === 0) continue;
    ids.push(node.id);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return ids;
}

/**
 * Whether a node stands for an object that also appears elsewhere. The CampaignCallingList
 * nodes of one campaign all point at the campaign, so they are not "shared" in that sense.
 */
export function isShared(index: NodeIndex, node: HierarchyNode): boolean {
  if (!node.object || node.kind === "campaignCallingList") return false;
  const same = index.nodesOfObject.get(node.object);
  if (!Array.isArray(same)) return false;
  let count = 0;
  for (const other of same) if (other.kind === node.kind) count++;
  return count > 1;
}

/** The other nodes showing the same object as `node`, in the same role (same node kind). */
export function appearancesOf(index: NodeIndex, node: HierarchyNode): NodePath[] {
  if (!node.object || node.kind === "campaignCallingList") return [node.id];
  const same = index.nodesOfObject.get(node.object);
  if (!Array.isArray(same)) return [node.id];
  return same.filter((other) => other.kind === node.kind).map((other) => other.id);
}
