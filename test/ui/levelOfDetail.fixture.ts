import type { HierarchyNode } from "../../src/model/hierarchy/HierarchyNode";
import { node } from "./hierarchyFixture";

/** A campaign of `groups` campaign groups of `agents` agents each. */
export function campaign(name: string, groups: number, agents: number): HierarchyNode {
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

export function tenant(name: string, campaigns: HierarchyNode[]): HierarchyNode {
  return node(`t:${name}`, "tenant", name, campaigns);
}

export function rootOf(...tenants: HierarchyNode[]): HierarchyNode {
  return node("root", "root", "", tenants);
}

/** Every node with children, so the layout opens the whole tree. */
export function allOpen(root: HierarchyNode): Set<HierarchyNode["id"]> {
  const ids = new Set<HierarchyNode["id"]>();
  const walk = (n: HierarchyNode) => {
    if (n.children.length > 0) ids.add(n.id);
    n.children.forEach(walk);
  };
  walk(root);
  return ids;
}
