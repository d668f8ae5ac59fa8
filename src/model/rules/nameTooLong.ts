import { composeStatId } from "../hierarchy/composeStatId";
import { referencedName } from "../hierarchy/referencedName";
import { campaignCallingListStatId } from "../hierarchy/statIdOf";
import { campaignGroupNames } from "./campaignGroupNames";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { MAX_NAME_LENGTH } from "./maxNameLength";
import { nameScan } from "./nameScan";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

const MAX = MAX_NAME_LENGTH;
/** Length in characters (code points); a string of at most MAX UTF-16 units needs no count. */
const lengthOf = (s: string): number => (s.length <= MAX ? s.length : [...s].length);

export const nameTooLong: Rule = {
  id: "name-too-long",
  defaultSeverity: "error",
  description: "A name or a composed Stat Server id is longer than 255 characters.",
  explanation:
    "Configuration Server and Stat Server accept names of up to 255 characters. The id of a " +
    'campaign group or a campaign calling list is composed from two names joined by "@", ' +
    "so two names that are each acceptable can make an id Stat Server cannot take, and the " +
    "object then has no statistics. Shorten the name, or the campaign's or group's name.",
  check(context, report) {
    const { model } = context;
    for (const object of nameScan(context).long) {
      const length = lengthOf(object.name);
      if (length <= MAX) continue;
      report(
        draftFor(
          model,
          object,
          `${describeObject(object)} is ${length} characters long; names may have at most ${MAX}.`,
          null,
        ),
      );
    }
    // A composed id is reported only when both names are acceptable on their own (otherwise
    // the long name is the finding) and when it is not the campaign group's own name, which
    // was reported above. The two names are looked up first: an id of at most MAX UTF-16
    // units, as almost every one is, needs neither composing nor counting.
    const names = campaignGroupNames(context);
    model.byKind.campaignGroup.forEach((group, i) => {
      const campaignName = names.campaign[i] ?? null;
      const groupName = names.group[i] ?? null;
      if (campaignName === null || groupName === null) return;
      if (campaignName.length + 1 + groupName.length <= MAX) return;
      const statId = composeStatId(campaignName, groupName);
      if (statId === group.name || lengthOf(statId) <= MAX) return;
      const campaignLength = lengthOf(campaignName);
      if (lengthOf(statId) - campaignLength - 1 > MAX || campaignLength > MAX) return;
      report(
        draftFor(
          model,
          group,
          `Stat Server id ${quoteName(statId)} of campaign group ${quoteName(group.name)} is ${lengthOf(statId)} characters long; Stat Server ids may have at most ${MAX}.`,
          null,
          statId,
        ),
      );
    });
    for (const campaign of model.byKind.campaign) {
      if (lengthOf(campaign.name) > MAX) continue;
      campaign.callingLists.forEach(({ callingList }, entry) => {
        const list = referencedName(model, callingList);
        if (list === null || campaign.name.length + 1 + list.length <= MAX) return;
        const statId = campaignCallingListStatId(model, campaign, entry);
        if (statId === null || lengthOf(statId) <= MAX || lengthOf(list) > MAX) return;
        report({
          ...draftFor(
            model,
            campaign,
            `Stat Server id ${quoteName(statId)} of calling list ${quoteName(list)} in campaign ${quoteName(campaign.name)} is ${lengthOf(statId)} characters long; Stat Server ids may have at most ${MAX}.`,
            null,
            statId,
          ),
          kind: "campaignCallingList",
          name: statId,
        });
      });
    }
  },
};
