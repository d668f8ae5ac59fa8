import { asNodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";

interface TreeJsonNode {
  readonly kind: string;
  readonly name: string;
  readonly statId: string | null;
  readonly children: TreeJsonNode[];
}

/**
 * The hierarchy as `tree --format json` prints it: `{kind, name, statId, children}` nodes.
 * The nested objects are the output's own shape, so JSON.stringify writes them, escaping
 * every name as JSON requires, rather than text assembled node by node.
 */
export function toTreeJson(hierarchy: Hierarchy): string {
  // Pre-order: each node's parent is made before it, so one pass fills every `children`.
  const nodes = new Array<TreeJsonNode>(hierarchy.size);
  for (let n = 0; n < hierarchy.size; n++) {
    const node = asNodeId(n);
    const json: TreeJsonNode = {
      kind: hierarchy.kind(node),
      name: hierarchy.name(node),
      statId: hierarchy.statId(node),
      children: [],
    };
    nodes[n] = json;
    const parent = hierarchy.parent(node);
    if (parent !== null) nodes[parent]!.children.push(json);
  }
  return `${JSON.stringify(nodes[0], null, 2)}\n`;
}
