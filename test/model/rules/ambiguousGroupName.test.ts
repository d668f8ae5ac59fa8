import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, placeGroup } from "./mutagenFixtures";

describe("ambiguous-group-name", () => {
  it('flags a campaign group on agent group "Floor 2" when a place group is also named "Floor 2"', () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Floor 2", "Sales", "Floor 2")],
      agentGroups: [agentGroup("Floor 2")],
      placeGroups: [placeGroup("Floor 2")],
    });
    const findings = findingsOf("ambiguous-group-name", model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      kind: "campaignGroup",
      name: "Sales@Floor 2",
      statId: "Sales@Floor 2",
    });
    expect(findings[0]?.message).toContain(
      `uses agent group "Floor 2", and a place group in tenant "Environment" has the same name`,
    );
  });

  it('says "an agent group" when the campaign group dials through place group "Floor 2"', () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Floor 2", "Sales", "Floor 2", "placegroup")],
      agentGroups: [agentGroup("Floor 2")],
      placeGroups: [placeGroup("Floor 2")],
    });
    expect(findingsOf("ambiguous-group-name", model)[0]?.message).toContain(
      `uses place group "Floor 2", and an agent group in tenant "Environment" has the same name`,
    );
  });

  it("stays quiet when the shared name is used by no campaign group", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A"), agentGroup("Floor 2")],
      placeGroups: [placeGroup("Floor 2")],
    });
    expect(findingsOf("ambiguous-group-name", model)).toEqual([]);
  });

  it("stays quiet when the agent and place groups are in different tenants", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Floor 2", "Sales", "Floor 2")],
      agentGroups: [agentGroup("Floor 2")],
      placeGroups: [{ group: { name: "Floor 2", tenant: "Other" }, places: [] }],
    });
    expect(findingsOf("ambiguous-group-name", model)).toEqual([]);
  });
});
