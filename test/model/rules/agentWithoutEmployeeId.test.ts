import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, person } from "./mutagenFixtures";

describe("agent-without-employee-id", () => {
  it("flags an agent in a campaign's group who has no employee ID", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A", ["ann", "bob"])],
      persons: [person("ann", "E1"), person("bob")],
    });
    expect(findingsOf("agent-without-employee-id", model)).toEqual([
      expect.objectContaining({
        severity: "warning",
        kind: "person",
        name: "bob",
        statId: null,
        message: `Agent "bob" has no employee ID, so Stat Server cannot report on it in campaign group "Sales@Team A".`,
      }),
    ]);
  });

  it("ignores persons in no campaign's group", () => {
    const model = loadMutagen({
      agentGroups: [agentGroup("Spare", ["bob"])],
      persons: [person("bob")],
    });
    expect(findingsOf("agent-without-employee-id", model)).toEqual([]);
  });

  it("does not flag an agent known only by userName (no persons section loaded)", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A", ["ann"])],
    });
    expect(findingsOf("agent-without-employee-id", model)).toEqual([]);
  });
});
