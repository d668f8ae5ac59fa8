import {
  asNodePath,
  asObjectKey,
  asStatId,
  type NodeId,
  type NodePath,
  type ObjectKey,
  type StatId,
} from "../../src/model/config/ids";
import type { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import type { NodeKind } from "../../src/model/hierarchy/NodeKind";
import { hierarchyOf } from "../support/hierarchyOf";

/** A hand-written node of a fixture (`node()` makes them). */
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
export function fixtureHierarchy(root: FixtureNode): FixtureHierarchy {
  const { hierarchy, at, labelOf } = hierarchyOf(root, (node) => node.id);
  return { hierarchy, at, idOf: labelOf };
}

// Fixtures name their objects ("campaign:1"); the model keys objects by number. Each name gets
// a key of its own, the same one every time, so nodes naming one object share its key.
const fixtureKeys = new Map<string, ObjectKey>();
export function fixtureKey(name: string): ObjectKey {
  let key = fixtureKeys.get(name);
  if (key === undefined) fixtureKeys.set(name, (key = asObjectKey(fixtureKeys.size + 1)));
  return key;
}

/** A hand-built node for view tests that do not need a parsed configuration. */
export function node(
  id: string,
  kind: NodeKind,
  name: string,
  children: FixtureNode[] = [],
  statId: string | null = name,
  object: string | null = id,
): FixtureNode {
  return {
    id: asNodePath(id),
    kind,
    name,
    statId: statId === null ? null : asStatId(statId),
    object: object === null ? null : fixtureKey(object),
    children,
  };
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
export function sampleTree(): FixtureNode {
  return node(
    "root",
    "root",
    "",
    [
      node(
        "t:Environment",
        "tenant",
        "Environment",
        [
          node(
            "c:Sales",
            "campaign",
            "Sales",
            [
              node(
                "cg:Sales/Team A",
                "campaignGroup",
                "Team A",
                [
                  node(
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
              node(
                "ccl:Sales/Leads",
                "campaignCallingList",
                "Leads",
                [node("cl:Sales/Leads", "callingList", "Leads", [], "Leads", "callingList:1")],
                "Sales@Leads",
                "campaign:1",
              ),
            ],
            "Sales",
            "campaign:1",
          ),
          node(
            "c:Retention",
            "campaign",
            "Retention",
            [
              node(
                "ccl:Retention/Leads",
                "campaignCallingList",
                "Leads",
                [node("cl:Retention/Leads", "callingList", "Leads", [], "Leads", "callingList:1")],
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
  );
}

/** `sampleTree()` as Hierarchy columns, with its fixture ids to name nodes. */
export function sampleHierarchy(): FixtureHierarchy {
  return fixtureHierarchy(sampleTree());
}
