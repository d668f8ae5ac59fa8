import { asNodeId, asObjectKey, type NodeId } from "../../src/model/config/ids";
import type { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import type { NodeKind } from "../../src/model/hierarchy/NodeKind";

/** What a hand-written node of a test hierarchy gives the builder. */
export interface WrittenNode<Child> {
  readonly kind: NodeKind;
  readonly name: string;
  readonly statId: string | null;
  /** The key of the node's object; nodes of one key are appearances of one object. */
  readonly object?: number | null;
  /** A CampaignCallingList's index in its campaign's `callingLists`. */
  readonly entry?: number;
  readonly children: readonly Child[];
}

export interface WrittenHierarchy {
  readonly hierarchy: Hierarchy;
  /** The node written with this label (the first, if several were). */
  readonly at: (label: string) => NodeId;
  /** The label a node was written with. */
  readonly labelOf: (node: number) => string;
}

/**
 * The columns of a hand-written tree, in the order it is written, with the labels tests name
 * its nodes by (`labelOf` reads a node's own).
 */
export function hierarchyOf<Node extends WrittenNode<Node>>(
  root: Node,
  labelOf: (node: Node) => string,
): WrittenHierarchy {
  const builder = new HierarchyBuilder(16);
  const labels: string[] = [];
  const byLabel = new Map<string, NodeId>();
  const write = (node: Node) => {
    const object = node.object ?? null;
    const key = object === null ? null : asObjectKey(object);
    const n = builder.open(node.kind, node.name, node.statId, key, node.entry);
    const label = labelOf(node);
    labels[n] = label;
    if (!byLabel.has(label)) byLabel.set(label, n);
    for (const child of node.children) write(child);
    builder.close();
  };
  write(root);
  return {
    hierarchy: builder.finish(),
    at: (label) => {
      const node = byLabel.get(label);
      if (node === undefined) throw new Error(`No node written as ${label}`);
      return node;
    },
    labelOf: (node) => labels[node] ?? `#${asNodeId(node)}`,
  };
}
