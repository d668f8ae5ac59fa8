import { describe, expect, it } from "vitest";
import { campaignGroupNames } from "../../../src/model/rules/campaignGroupNames";
import { createRuleContext } from "../../../src/model/rules/RuleContext";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

describe("campaignGroupNames", () => {
  it("gives each campaign group's campaign and group names at its index, null for no group", () => {
    const context = createRuleContext(
      loadMutagen({
        campaigns: [campaign("Sales")],
        campaignGroups: [
          campaignGroup("Sales@Team A", "Sales", "Team A"),
          campaignGroup("Lost", "Retention", "Team B"),
          campaignGroup("Sales@", "Sales", null),
        ],
        agentGroups: [agentGroup("Team A")],
      }),
    );
    expect(campaignGroupNames(context)).toEqual({
      campaign: ["Sales", "Retention", "Sales"],
      group: ["Team A", "Team B", null],
    });
  });

  it("looks the names up once per rule context", () => {
    const context = createRuleContext(loadMutagen({ campaigns: [campaign("Sales")] }));
    expect(campaignGroupNames(context)).toBe(campaignGroupNames(context));
  });
});
