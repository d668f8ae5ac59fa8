import type { NodeId } from "../../../model/config/ids";
import type { HierarchyIndex } from "../../../model/hierarchy/HierarchyIndex";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { indexHierarchy } from "../../../model/hierarchy/indexHierarchy";

/** The model's hierarchy index, plus what the viewer needs for levels. */
export interface NodeIndex extends HierarchyIndex {
  readonly root: HierarchyNode;
  /** Deepest level below the root (the root's children are level 1). */
  readonly maxLevel: number;
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

function buildNodeIndex(root: HierarchyNode): NodeIndex {
  let maxLevel = 0;
  // Two stacks rather than one of [node, level] pairs: no pair to allocate per node.
  const nodes: HierarchyNode[] = [root];
  const levels: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const level = levels.pop()!;
    if (level > maxLevel) maxLevel = level;
    for (const child of node.children) {
      nodes.push(child);
      levels.push(level + 1);
    }
  }
  return { ...indexHierarchy(root), root, maxLevel };
}

/** The ids from the root's child down to the node's parent: what must be open to show it. */
export function ancestorsOf(index: NodeIndex, id: NodeId): NodeId[] {
  const path: NodeId[] = [];
  let current = index.parentOf.get(id);
  while (current !== undefined && current !== null && current !== index.root.id) {
    path.push(current);
    current = index.parentOf.get(current);
  }
  return path.reverse();
}

/** Ids of nodes with children at levels 1..level-1: opening them shows `level` levels. */
export function openToLevel(root: HierarchyNode, level: number): NodeId[] {
  const ids: NodeId[] = [];
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
  const ids = index.appearances.get(node.object);
  if (!ids || ids.length < 2) return false;
  let count = 0;
  for (const id of ids) if (index.nodes.get(id)?.kind === node.kind) count++;
  return count > 1;
}

/** The other nodes showing the same object as `node`, in the same role (same node kind). */
export function appearancesOf(index: NodeIndex, node: HierarchyNode): NodeId[] {
  if (!node.object || node.kind === "campaignCallingList") return [node.id];
  const ids = index.appearances.get(node.object) ?? [node.id];
  return ids.filter((id) => index.nodes.get(id)?.kind === node.kind);
}
