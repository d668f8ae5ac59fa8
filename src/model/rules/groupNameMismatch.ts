import { composeStatId } from "../hierarchy/composeStatId";
import { campaignGroupNames } from "./campaignGroupNames";
import type { KnownNames } from "./describeGroupNameDifference";
import { describeGroupNameDifference } from "./describeGroupNameDifference";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/**
 * Whether `name` is `<campaign>@<group>`, compared in place: most campaign groups are named
 * right, and composing each one's id only to compare it made a string per group.
 */
function isNamed(name: string, campaign: string, group: string): boolean {
  return (
    name.length === campaign.length + 1 + group.length &&
    name.charCodeAt(campaign.length) === 0x40 &&
    name.startsWith(campaign) &&
    name.endsWith(group)
  );
}

export const groupNameMismatch: Rule = {
  id: "group-name-mismatch",
  defaultSeverity: "error",
  description: "A campaign group's name is not <campaign name>@<group name>.",
  explanation:
    "Stat Server knows a campaign group only by the id <campaign name>@<group name>, composed " +
    "from the campaign and the agent or place group it dials with; the campaign group's own " +
    "name plays no part. Configuration Server has accepted any name since release 7.5, so a " +
    "group named otherwise loads without complaint, but monitoring tools that ask for it by " +
    "its name get nothing, and the supervisor's view stays empty. Rename the campaign group " +
    "to the suggested id so that the name people see is the name Stat Server answers to.",
  check(context, report) {
    const { model, links } = context;
    // The names of each tenant's campaigns and groups, to recognise a borrowed name; built on
    // the first misnamed group only.
    let known: Map<string, KnownNames> | undefined;
    const knownIn = (tenant: string): KnownNames => {
      known ??= new Map(
        [...links.byTenant].map(([name, objects]) => [
          name,
          {
            campaigns: new Set(objects.campaigns.map((c) => c.name)),
            groups: new Set([...objects.agentGroups, ...objects.placeGroups].map((g) => g.name)),
          },
        ]),
      );
      return known.get(tenant) ?? { campaigns: new Set(), groups: new Set() };
    };
    const names = campaignGroupNames(context);
    model.byKind.campaignGroup.forEach((group, i) => {
      // A group from a campaign's own list has no name of its own to get wrong.
      if (group.implicit || group.listedOnCampaign || group.name === "" || !group.group) return;
      const campaignName = names.campaign[i] ?? null;
      const groupName = names.group[i] ?? null;
      if (campaignName === null || groupName === null) return;
      if (isNamed(group.name, campaignName, groupName)) return;
      const expected = composeStatId(campaignName, groupName);
      const how = describeGroupNameDifference(
        group.name,
        campaignName,
        groupName,
        knownIn(group.tenant),
      );
      report(
        draftFor(
          model,
          group,
          `Campaign group ${quoteName(group.name)} is not named ${quoteName(expected)}, the id Stat Server knows it by (campaign ${quoteName(campaignName)}, group ${quoteName(groupName)}): ${how}.`,
          expected,
          expected,
        ),
      );
    });
  },
};
