import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, person } from "./mutagenFixtures";

describe("disabled-in-use", () => {
  it("flags a disabled agent group used by an enabled campaign group, as info", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A", [], { state: "disabled" })],
    });
    expect(findingsOf("disabled-in-use", model)).toEqual([
      expect.objectContaining({
        severity: "info",
        kind: "agentGroup",
        name: "Team A",
        message: `Agent group "Team A" is disabled but used by enabled campaign group "Sales@Team A".`,
      }),
    ]);
  });

  it("flags a disabled campaign group under an enabled campaign and a disabled agent once for two groups", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [
        campaignGroup("Sales@Team A", "Sales", "Team A", "agentgroup", { state: "disabled" }),
      ],
      agentGroups: [agentGroup("Team A", ["ann"]), agentGroup("Team B", ["ann"])],
      persons: [person("ann", "E1", { state: "disabled" })],
    });
    const findings = findingsOf("disabled-in-use", model);
    expect(findings.map((f) => [f.kind, f.name])).toEqual([
      ["campaignGroup", "Sales@Team A"],
      ["person", "ann"],
    ]);
    expect(findings[1]?.message).toBe(
      `Person "ann" is disabled but used by enabled agent group "Team A" and 1 more.`,
    );
  });

  it("does not flag a disabled object under a disabled parent, nor a disabled campaign in its tenant", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", [], { state: "disabled" })],
      campaignGroups: [
        campaignGroup("Sales@Team A", "Sales", "Team A", "agentgroup", { state: "disabled" }),
      ],
      agentGroups: [agentGroup("Team A")],
    });
    expect(findingsOf("disabled-in-use", model)).toEqual([]);
  });
});
