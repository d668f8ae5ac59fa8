import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import {
  agentGroup,
  campaign,
  campaignGroup,
  loadMutagen,
  person,
  placeGroup,
} from "./mutagenFixtures";

describe("empty-group", () => {
  it("flags an agent group with no agents that a campaign group dials with", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A")],
    });
    expect(findingsOf("empty-group", model)).toEqual([
      expect.objectContaining({
        severity: "warning",
        kind: "agentGroup",
        name: "Team A",
        statId: "Team A",
        message: `Agent group "Team A" has no agents, but campaign group "Sales@Team A" dials with it.`,
      }),
    ]);
  });

  it("ignores an empty group no campaign group uses, and a group with members", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Floor", "Sales", "Floor", "placegroup")],
      placeGroups: [placeGroup("Floor", ["P1"]), placeGroup("Spare")],
      places: [{ name: "P1", tenant: "Environment" }],
    });
    expect(findingsOf("empty-group", model)).toEqual([]);
  });

  it("does not flag a group known only by name: its members are unknown, not absent", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      persons: [person("ann", "E1")],
    });
    expect(findingsOf("empty-group", model)).toEqual([]);
  });
});
