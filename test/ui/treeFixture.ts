import { asObjectKey, type NodeId, type ObjectKey } from "../../src/model/config/ids";
import { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import type { NodeKind } from "../../src/model/hierarchy/HierarchyNode";
import type { LayoutScope } from "../../src/ui/shared/tree/layoutTree";

/** A node of a hand-written hierarchy, named by a fixture id ("c:Sales") for the test to find. */
export interface FixtureNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly statId: string | null;
  /** Nodes naming one object share its key. */
  readonly object: string | null;
  readonly children: readonly FixtureNode[];
}

export function fixtureNode(
  id: string,
  kind: NodeKind,
  name: string,
  children: readonly FixtureNode[] = [],
  statId: string | null = name,
  object: string | null = id,
): FixtureNode {
  return { id, kind, name, statId, object, children };
}

/** A built fixture: the hierarchy, and its nodes by fixture id. */
export interface Fixture {
  readonly hierarchy: Hierarchy;
  /** The whole hierarchy, unfiltered, from the root's children. */
  readonly scope: LayoutScope;
  /** The NodeId of a fixture id; throws for an unknown one. */
  readonly node: (id: string) => NodeId;
  /** Object keys by fixture object name. */
  readonly key: (object: string) => ObjectKey;
}

export function buildFixture(root: FixtureNode): Fixture {
  const builder = new HierarchyBuilder(16);
  const ids = new Map<string, NodeId>();
  const keys = new Map<string, ObjectKey>();
  const keyOf = (object: string) => {
    let key = keys.get(object);
    if (key === undefined) keys.set(object, (key = asObjectKey(keys.size + 1)));
    return key;
  };
  const add = (n: FixtureNode) => {
    const id = builder.open(n.kind, n.name, n.statId, n.object === null ? null : keyOf(n.object));
    ids.set(n.id, id);
    n.children.forEach(add);
    builder.close();
  };
  add(root);
  const hierarchy = builder.finish();
  return {
    hierarchy,
    scope: { hierarchy, top: hierarchy.children(Hierarchy.ROOT), shown: null },
    node: (id) => {
      const node = ids.get(id);
      if (node === undefined) throw new Error(`No fixture node ${id}`);
      return node;
    },
    key: (object) => {
      const key = keys.get(object);
      if (key === undefined) throw new Error(`No fixture object ${object}`);
      return key;
    },
  };
}

/** Every node with children, so the layout opens the whole hierarchy. */
export function allOpen(hierarchy: Hierarchy): Set<NodeId> {
  const open = new Set<NodeId>();
  for (let n = 0; n < hierarchy.size; n++) {
    if (hierarchy.columns.childCount[n]! > 0) open.add(n as NodeId);
  }
  return open;
}

/**
 * Environment
 * ├─ Sales (campaign)
 * │  ├─ Team A (campaign group, misnamed: Stat Server id Sales@Agents)
 * │  │  └─ Agents (agent group)
 * │  └─ Sales@Leads (campaign calling list)
 * │     └─ Leads (calling list, shared)
 * └─ Retention (campaign)
 *    └─ Retention@Leads
 *       └─ Leads (calling list, shared)
 */
export function sampleFixture(): Fixture {
  const n = fixtureNode;
  return buildFixture(
    n(
      "root",
      "root",
      "",
      [
        n(
          "t:Environment",
          "tenant",
          "Environment",
          [
            n(
              "c:Sales",
              "campaign",
              "Sales",
              [
                n(
                  "cg:Sales/Team A",
                  "campaignGroup",
                  "Team A",
                  [
                    n(
                      "ag:Sales/Team A/Agents",
                      "groupAgents",
                      "Agents",
                      [],
                      "Agents",
                      "agentGroup:1",
                    ),
                  ],
                  "Sales@Agents",
                  "campaignGroup:1",
                ),
                n(
                  "ccl:Sales/Leads",
                  "campaignCallingList",
                  "Leads",
                  [n("cl:Sales/Leads", "callingList", "Leads", [], "Leads", "callingList:1")],
                  "Sales@Leads",
                  "campaign:1",
                ),
              ],
              "Sales",
              "campaign:1",
            ),
            n(
              "c:Retention",
              "campaign",
              "Retention",
              [
                n(
                  "ccl:Retention/Leads",
                  "campaignCallingList",
                  "Leads",
                  [n("cl:Retention/Leads", "callingList", "Leads", [], "Leads", "callingList:1")],
                  "Retention@Leads",
                  "campaign:2",
                ),
              ],
              "Retention",
              "campaign:2",
            ),
          ],
          "Environment",
          null,
        ),
      ],
      null,
      null,
    ),
  );
}
