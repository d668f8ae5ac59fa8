import { referenceLabel } from "../hierarchy/referenceLabel";
import { referencedName } from "../hierarchy/referencedName";
import { campaignCallingListStatId } from "../hierarchy/statIdOf";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

export const inactiveCallingList: Rule = {
  id: "inactive-calling-list",
  defaultSeverity: "warning",
  description: "A campaign's calling list has share 0 or is not active.",
  explanation:
    "Each calling list of a campaign has a share, its weight when the dialer takes records, " +
    "and an active flag. A share of 0 or an inactive entry means the campaign takes no " +
    "records from that list: its CampaignCallingList statistics stay at zero and the list " +
    "never empties. That is right while a list is parked on purpose; otherwise set a share " +
    "above 0 (the default is 10) and mark it active.",
  check({ model }, report) {
    for (const campaign of model.byKind.campaign) {
      if (campaign.implicit) continue;
      campaign.callingLists.forEach((entry, index) => {
        if (entry.share !== 0 && entry.isActive) return;
        const reasons: string[] = [];
        if (entry.share === 0) reasons.push("has share 0");
        if (!entry.isActive) reasons.push("is not active");
        const statId = campaignCallingListStatId(model, campaign, index);
        const list = referenceLabel(model, entry.callingList);
        // A list known only by an unresolved DBID is shown as `DBID 202`, not as a quoted name.
        const shown = referencedName(model, entry.callingList) === null ? list : quoteName(list);
        report({
          ...draftFor(
            model,
            campaign,
            `Calling list ${shown} of campaign ${quoteName(campaign.name)} ${reasons.join(" and ")}, so the campaign takes no records from it.`,
            entry.share === 0
              ? "Set its share above 0 (default 10) and mark it active, unless it is parked on purpose."
              : "Mark it active, unless it is parked on purpose.",
            statId,
          ),
          kind: "campaignCallingList",
          name: statId ?? list,
        });
      });
    }
  },
};
