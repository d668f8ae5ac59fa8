import type { NodeId } from "../../src/model/config/ids";
import type { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { layoutTree, type TreeLayout } from "../../src/ui/shared/tree/layoutTree";
import {
  fixtureHierarchy,
  node,
  type FixtureHierarchy,
  type FixtureNode,
} from "./hierarchyFixture";

/** A campaign of `groups` campaign groups of `agents` agents each. */
export function campaign(name: string, groups: number, agents: number): FixtureNode {
  return node(
    `c:${name}`,
    "campaign",
    name,
    Array.from({ length: groups }, (_, g) =>
      node(
        `cg:${name}/G${g}`,
        "campaignGroup",
        `${name}@G${g}`,
        Array.from({ length: agents }, (_, a) =>
          node(`a:${name}/G${g}/${a}`, "agent", `agent${g}.${a}`),
        ),
      ),
    ),
  );
}

export function tenant(name: string, campaigns: FixtureNode[]): FixtureNode {
  return node(`t:${name}`, "tenant", name, campaigns);
}

export function rootOf(...tenants: FixtureNode[]): FixtureHierarchy {
  return fixtureHierarchy(node("root", "root", "", tenants));
}

/** Every node with children, so the layout opens the whole hierarchy. */
function allOpen(hierarchy: Hierarchy): Set<NodeId> {
  const open = new Set<NodeId>();
  for (let n = 0; n < hierarchy.size; n++) {
    if (hierarchy.columns.childCount[n]! > 0) open.add(n as NodeId);
  }
  return open;
}

/** The whole hierarchy laid out with every node open. */
export function layoutAllOpen(hierarchy: Hierarchy): TreeLayout {
  return layoutTree(wholeHierarchy(hierarchy), allOpen(hierarchy));
}
