import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

export const campaignWithoutGroups: Rule = {
  id: "campaign-without-groups",
  defaultSeverity: "warning",
  description: "A campaign has no campaign group, so it cannot dial.",
  explanation:
    "A campaign dials only through its campaign groups, each of which assigns an agent or " +
    "place group to it. A campaign with none cannot be loaded or started, and Stat Server " +
    "reports it as permanently deactivated. Create a campaign group for it, or delete the " +
    "campaign if it is no longer used.",
  check({ model, links }, report) {
    for (const campaign of model.byKind.campaign) {
      if (campaign.implicit || links.campaignGroupsOfCampaign.has(campaign.key)) continue;
      report(
        draftFor(
          model,
          campaign,
          `${describeObject(campaign)} has no campaign group, so no agent or place group dials for it.`,
          "Create a campaign group that assigns an agent group or place group to it.",
        ),
      );
    }
  },
};
