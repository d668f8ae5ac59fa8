import { describe, expect, it } from "vitest";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import { statKey } from "../../src/model/stats/StatKey";
import { knownObjects } from "../../src/node/server/ObjectAllowance";
import { serverHierarchy } from "./hierarchyFixture";

describe("knownObjects", () => {
  it("holds every (type, Stat Server id) of the hierarchy once, and nothing for nodes without an id", () => {
    const { hierarchy } = serverHierarchy();
    expect([...knownObjects(hierarchy)].sort()).toEqual(
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
    expect(knownObjects(builder.finish()).size).toBe(0);
  });
});
