import { CAMPAIGN_GROUP_DEFAULTS } from "../config/campaignGroupDefaults";
import type { CampaignGroup, CampaignGroupInfo } from "../config/objects";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/** The settings both descriptions of a campaign group carry. */
const SETTINGS = [
  "dialMode",
  "optMethod",
  "optMethodValue",
  "operationMode",
  "numOfChannels",
  "minRecBuffSize",
  "optRecBuffSize",
] as const;

type Setting = (typeof SETTINGS)[number];

/** A setting as Configuration Server has it: an unset field is its default, where one is known. */
function effective(
  from: CampaignGroup | CampaignGroupInfo,
  setting: Setting,
): string | number | undefined {
  const value = from[setting];
  if (value !== undefined || setting === "optMethodValue") return value;
  return CAMPAIGN_GROUP_DEFAULTS[setting];
}

export const campaignGroupDisagreement: Rule = {
  id: "campaign-group-disagreement",
  defaultSeverity: "warning",
  description:
    "A campaign group is given both on its campaign's campaignGroups list and as a campaign group object, with different settings.",
  explanation:
    "Configurations from before release 7.5 list a campaign's groups on the campaign itself " +
    "(its campaignGroups); later ones have a separate campaign group object for each. Stat " +
    "Server knows either as <campaign>@<group>, one campaign group. When both describe the " +
    "same group with different dial modes, optimization or record buffer sizes, which one the " +
    "dialer follows depends on the release, and the configuration does not say what was " +
    "meant. Keep one description: remove the entry from the campaign's list, or make the two " +
    "agree.",
  check({ model, links }, report) {
    for (const campaign of model.byKind.campaign) {
      const entries = campaign.campaignGroups;
      if (entries === undefined || campaign.implicit) continue;
      const groups = links.campaignGroupsOfCampaign.get(campaign.key) ?? [];
      for (const entry of entries) {
        const groupKey = entry.group.key;
        if (groupKey === null) continue;
        const object = groups.find((g) => !g.listedOnCampaign && g.group?.key === groupKey);
        if (object === undefined) continue;
        const differences: string[] = [];
        for (const setting of SETTINGS) {
          const listed = effective(entry, setting);
          const own = effective(object, setting);
          if (listed === undefined || own === undefined || listed === own) continue;
          differences.push(`${setting} ${own} here, ${listed} on the campaign`);
        }
        if (differences.length === 0) continue;
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} is also listed on campaign ${quoteName(campaign.name)} (its campaignGroups), and the two disagree: ${differences.join("; ")}.`,
            "Keep one description of the group: remove it from the campaign's campaignGroups, or make the two agree.",
          ),
        );
      }
    }
  },
};
