import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";

interface TreeJsonNode {
  readonly kind: string;
  readonly name: string;
  readonly statId: string | null;
  readonly children: TreeJsonNode[];
}

function toNode(node: HierarchyNode): TreeJsonNode {
  return {
    kind: node.kind,
    name: node.name,
    statId: node.statId,
    children: node.children.map(toNode),
  };
}

/** The hierarchy as `tree --format json` prints it: `{kind, name, statId, children}` nodes. */
export function toTreeJson(root: HierarchyNode): string {
  return `${JSON.stringify(toNode(root), null, 2)}\n`;
}
