import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("inactive-calling-list", () => {
  it("flags a list with share 0 as a CampaignCallingList <campaign>@<list>", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales", ["Main", { callingList: "Parked", share: 0, isActive: true }])],
    });
    const findings = findingsOf("inactive-calling-list", model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      kind: "campaignCallingList",
      name: "Sales@Parked",
      statId: "Sales@Parked",
      location: "campaigns[0]",
      message: `Calling list "Parked" of campaign "Sales" has share 0, so the campaign takes no records from it.`,
    });
  });

  it("flags an inactive list, and one that is both", () => {
    const model = loadMutagen({
      campaigns: [
        campaign("Sales", [
          { callingList: "Off", share: 10, isActive: false },
          { callingList: "Both", share: 0, isActive: false },
        ]),
      ],
    });
    expect(findingsOf("inactive-calling-list", model).map((f) => f.message)).toEqual([
      `Calling list "Both" of campaign "Sales" has share 0 and is not active, so the campaign takes no records from it.`,
      `Calling list "Off" of campaign "Sales" is not active, so the campaign takes no records from it.`,
    ]);
  });

  it("reads an entry without share or isActive as share 10, active", () => {
    const model = loadMutagen({ campaigns: [campaign("Sales", [{ callingList: "Main" }])] });
    expect(findingsOf("inactive-calling-list", model)).toEqual([]);
  });
});
