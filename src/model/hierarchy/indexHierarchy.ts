import type { NodeId, ObjectKey } from "../config/ids";
import type { HierarchyIndex } from "./HierarchyIndex";
import type { HierarchyNode } from "./HierarchyNode";

/** Indexes a hierarchy in one depth-first pass (iterative: no recursion limit). */
export function indexHierarchy(root: HierarchyNode): HierarchyIndex {
  const nodes = new Map<NodeId, HierarchyNode>();
  const parentOf = new Map<NodeId, NodeId | null>();
  const appearances = new Map<ObjectKey, NodeId[]>();
  const stack: [HierarchyNode, NodeId | null][] = [[root, null]];
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
