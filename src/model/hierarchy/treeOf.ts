import { asNodeId, asNodePath, type NodePath } from "../config/ids";
import { Hierarchy } from "./Hierarchy";
import type { HierarchyNode } from "./HierarchyNode";

/**
 * The hierarchy as nested objects with their paths as ids, for the code that still walks
 * nodes as objects. It makes an object per node, which the columns exist to avoid: code is
 * moving off it, and it goes when none is left.
 */
export function treeOf(hierarchy: Hierarchy): HierarchyNode {
  let tree = trees.get(hierarchy);
  if (!tree) trees.set(hierarchy, (tree = buildTree(hierarchy)));
  return tree;
}

const trees = new WeakMap<Hierarchy, HierarchyNode>();

function buildTree(hierarchy: Hierarchy): HierarchyNode {
  const build = (n: number, parentPath: string | null): HierarchyNode => {
    const id = asNodeId(n);
    const segment = hierarchy.segment(id);
    const path: NodePath =
      n === 0
        ? asNodePath("/")
        : asNodePath(parentPath === null ? segment : `${parentPath}/${segment}`);
    const children = hierarchy.children(id).map((child) => build(child, n === 0 ? null : path));
    const entry = hierarchy.entry(id);
    const node = {
      id: path,
      kind: hierarchy.kind(id),
      name: hierarchy.name(id),
      statId: hierarchy.statId(id),
      object: hierarchy.object(id),
      children,
    };
    return entry === null ? node : { ...node, entry };
  };
  return build(Hierarchy.ROOT, null);
}
