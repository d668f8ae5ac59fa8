import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

export const campaignWithoutCallingLists: Rule = {
  id: "campaign-without-calling-lists",
  defaultSeverity: "warning",
  description: "A campaign has no calling list, so it has no records to dial.",
  explanation:
    "A campaign takes the numbers it dials from its calling lists. With none, its campaign " +
    "groups can be started but never dial, and Stat Server has no CampaignCallingList to " +
    "report on. Add a calling list to the campaign.",
  check({ model }, report) {
    for (const campaign of model.byKind.campaign) {
      if (campaign.implicit || campaign.callingLists.length > 0) continue;
      report(
        draftFor(
          model,
          campaign,
          `${describeObject(campaign)} has no calling list, so it has no records to dial.`,
          "Add a calling list to the campaign.",
        ),
      );
    }
  },
};
