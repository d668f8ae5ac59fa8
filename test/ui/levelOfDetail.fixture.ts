import { buildFixture, fixtureNode, type Fixture, type FixtureNode } from "./treeFixture";

export { allOpen } from "./treeFixture";

/** A campaign of `groups` campaign groups of `agents` agents each. */
export function campaign(name: string, groups: number, agents: number): FixtureNode {
  return fixtureNode(
    `c:${name}`,
    "campaign",
    name,
    Array.from({ length: groups }, (_, g) =>
      fixtureNode(
        `cg:${name}/G${g}`,
        "campaignGroup",
        `${name}@G${g}`,
        Array.from({ length: agents }, (_, a) =>
          fixtureNode(`a:${name}/G${g}/${a}`, "agent", `agent${g}.${a}`),
        ),
      ),
    ),
  );
}

export function tenant(name: string, campaigns: FixtureNode[]): FixtureNode {
  return fixtureNode(`t:${name}`, "tenant", name, campaigns);
}

export function rootOf(...tenants: FixtureNode[]): Fixture {
  return buildFixture(fixtureNode("root", "root", "", tenants));
}
