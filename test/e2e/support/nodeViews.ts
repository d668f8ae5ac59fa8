import { asNodeId, type NodeId, type NodePath, type StatId } from "../../../src/model/config/ids";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../src/model/hierarchy/NodeKind";

/**
 * What a browser test needs of a node of the hierarchy it set the server up with: its path is
 * the page's `data-node-id` and `?node=`, its Stat Server id what a feeder posts.
 */
export interface NodeView {
  readonly node: NodeId;
  readonly id: NodePath;
  readonly kind: NodeKind;
  readonly name: string;
  readonly statId: StatId | null;
}

function nodeView(hierarchy: Hierarchy, node: NodeId): NodeView {
  return {
    node,
    id: hierarchy.pathOf(node),
    kind: hierarchy.kind(node),
    name: hierarchy.name(node),
    statId: hierarchy.statId(node),
  };
}

/** The nodes of a kind in the subtree of `under` (the whole hierarchy by default), in tree order. */
export function nodesOf(
  hierarchy: Hierarchy,
  kind: NodeKind,
  under: NodeId = Hierarchy.ROOT,
): NodeView[] {
  const found: NodeView[] = [];
  for (let n = under; n < hierarchy.end(under); n++) {
    if (hierarchy.kind(asNodeId(n)) === kind) found.push(nodeView(hierarchy, asNodeId(n)));
  }
  return found;
}

/** The first node of a kind and name, in tree order. */
export function findNode(hierarchy: Hierarchy, kind: NodeKind, name: string): NodeView | undefined {
  return nodesOf(hierarchy, kind).find((view) => view.name === name);
}
