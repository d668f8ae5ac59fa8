import {
  asNodeId,
  type NodeId,
  type NodePath,
  type ObjectKey,
  type StatId,
} from "../../src/model/config/ids";
import type { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import type { NodeKind } from "../../src/model/hierarchy/NodeKind";

/** A hand-written node of a fixture (`node()` of hierarchyFixture makes them). */
export interface FixtureNode {
  /** The fixture's name for the node (`c:Sales`), not a path of the built hierarchy. */
  readonly id: NodePath;
  readonly kind: NodeKind;
  readonly name: string;
  readonly statId: StatId | null;
  readonly object: ObjectKey | null;
  readonly children: readonly FixtureNode[];
  readonly entry?: number;
}

export interface FixtureHierarchy {
  readonly hierarchy: Hierarchy;
  /** The node written with this fixture id. */
  readonly at: (id: string) => NodeId;
  /** The fixture id of a node. */
  readonly idOf: (node: number) => string;
}

/** The columns of a hand-written tree, with its fixture ids to name nodes in tests. */
export function hierarchyOf(root: FixtureNode): FixtureHierarchy {
  const builder = new HierarchyBuilder(4);
  const ids: string[] = [];
  const byId = new Map<string, NodeId>();
  const write = (node: FixtureNode) => {
    const n = builder.open(node.kind, node.name, node.statId, node.object, node.entry);
    ids[n] = node.id;
    byId.set(node.id, n);
    for (const child of node.children) write(child);
    builder.close();
  };
  write(root);
  return {
    hierarchy: builder.finish(),
    at: (id) => {
      const node = byId.get(id);
      if (node === undefined) throw new Error(`No fixture node ${id}`);
      return node;
    },
    idOf: (node) => ids[node] ?? `#${asNodeId(node)}`,
  };
}
