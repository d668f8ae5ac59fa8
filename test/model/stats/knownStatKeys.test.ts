import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../../src/model/hierarchy/HierarchyBuilder";
import { statKey } from "../../../src/model/stats/StatKey";
import { knownStatKeys } from "../../../src/model/stats/knownStatKeys";
import { nodeStatKey } from "../../../src/model/stats/nodeStatKey";
import { serverHierarchy } from "../../server/hierarchyFixture";

describe("knownStatKeys", () => {
  it("holds every (type, Stat Server id) of the hierarchy once, and nothing for nodes without an id", () => {
    const { hierarchy } = serverHierarchy();
    expect([...knownStatKeys(hierarchy)].sort()).toEqual(
      [
        statKey("Tenant", "Environment"),
        statKey("Campaign", "Sales"),
        statKey("CampaignGroup", "Sales@Team A"),
        statKey("GroupAgents", "Team A"),
        statKey("Agent", "E100"),
        statKey("CampaignCallingList", "Sales@Main"),
        statKey("CallingList", "Main"),
        statKey("CampaignCallingList", "Sales@Shared"),
        statKey("CallingList", "Shared"),
        statKey("Campaign", "Retention"),
        statKey("CampaignGroup", "Retention@Floor 2"),
        statKey("GroupPlaces", "Floor 2"),
        statKey("Place", "P1"),
        statKey("CampaignCallingList", "Retention@Shared"),
        statKey("CampaignGroup", "Ghost@Team A"),
      ].sort(),
    );
  });

  it("is empty for the hierarchy of no configuration, the root alone", () => {
    const builder = new HierarchyBuilder(1);
    builder.leaf("root", "", null, null);
    expect(knownStatKeys(builder.finish()).size).toBe(0);
  });
});

describe("nodeStatKey", () => {
  it("gives a node's (type, Stat Server id), the same at every node of a shared object, and null for structural nodes", () => {
    const { hierarchy } = serverHierarchy();
    const keys = new Map<string, number>();
    let structural = 0;
    for (let n = 0; n < hierarchy.size; n++) {
      const key = nodeStatKey(hierarchy, asNodeId(n));
      if (key === null) structural += 1;
      else keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    expect(nodeStatKey(hierarchy, Hierarchy.ROOT)).toBeNull();
    expect(structural).toBeGreaterThan(0);
    expect(new Set(keys.keys())).toEqual(knownStatKeys(hierarchy));
    // The calling list Shared is under two campaigns: one object, two nodes.
    expect(keys.get(statKey("CallingList", "Shared"))).toBe(2);
  });
});
