import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, person } from "./mutagenFixtures";

describe("at-sign-in-name", () => {
  it('flags a campaign named "Sales@East" and suggests "Sales_East"', () => {
    const model = loadMutagen({ campaigns: [campaign("Sales@East")] });
    const [finding] = findingsOf("at-sign-in-name", model);
    expect(finding).toMatchObject({
      severity: "warning",
      kind: "campaign",
      suggestion: "Sales_East",
    });
    expect(finding?.message).toBe(
      `Campaign "Sales@East" contains "@" (first at position 6), so the composed ids built from it cannot be split back into names.`,
    );
  });

  it("flags a calling list known only by a campaign's reference, and an agent group", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["list@1"])],
      agentGroups: [agentGroup("a@b@c")],
    });
    const findings = findingsOf("at-sign-in-name", model);
    expect(findings.map((f) => [f.kind, f.name])).toEqual([
      ["agentGroup", "a@b@c"],
      ["callingList", "list@1"],
    ]);
    expect(findings[0]?.message).toContain(`2 "@" signs`);
  });

  it("leaves campaign groups and persons alone: their own names are not composed", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A", ["ann@example.com"])],
      persons: [person("ann@example.com", "E1")],
    });
    expect(findingsOf("at-sign-in-name", model)).toEqual([]);
  });
});
