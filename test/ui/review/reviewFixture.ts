import { analyseConfig } from "../../../src/ui/worker/analyseConfig";

/**
 * A small mutagen JSON export for the review tests: campaign group "Team A" of campaign
 * "Sales" dials with agent group "Team1" (Stat Server expects "Sales@Team1"), and a calling
 * list named like markup, which must stay text.
 */
export function reviewConfigText(options: { teamName?: string; listName?: string } = {}): string {
  return JSON.stringify({
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0" },
    agentGroups: [
      { agents: ["alice"], group: { name: "Team1", state: "enabled", tenant: "Environment" } },
    ],
    persons: [
      {
        tenant: "Environment",
        userName: "alice",
        employeeId: "E100",
        state: "enabled",
        agent: true,
      },
    ],
    campaigns: [
      {
        name: "Sales",
        state: "enabled",
        tenant: "Environment",
        callingLists: [
          {
            callingList: options.listName ?? "<script>alert(1)</script>",
            isActive: true,
            share: 10,
          },
        ],
      },
    ],
    campaignGroups: [
      {
        campaign: { name: "Sales", tenant: "Environment" },
        name: options.teamName ?? "Team A",
        group: { name: "Team1", groupType: "agentgroup" },
        state: "enabled",
        tenant: "Environment",
      },
    ],
  });
}

export const reviewAnalysis = (text = reviewConfigText()) =>
  analyseConfig([{ path: "review.json", content: text }], "campaign");
