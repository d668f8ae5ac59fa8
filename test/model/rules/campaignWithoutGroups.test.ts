import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

describe("campaign-without-groups", () => {
  it("flags a campaign no campaign group belongs to", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["L"]), campaign("Idle", ["L"])],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A")],
    });
    expect(findingsOf("campaign-without-groups", model)).toEqual([
      expect.objectContaining({
        severity: "warning",
        kind: "campaign",
        name: "Idle",
        statId: "Idle",
        message: `Campaign "Idle" has no campaign group, so no agent or place group dials for it.`,
      }),
    ]);
  });
});
