import type { ConfigKind } from "../config/kinds";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

/** The kinds whose names Stat Server joins with "@" into CampaignGroup and CampaignCallingList ids. */
const COMPOSED_KINDS: readonly ConfigKind[] = [
  "campaign",
  "callingList",
  "agentGroup",
  "placeGroup",
];

export const atSignInName: Rule = {
  id: "at-sign-in-name",
  defaultSeverity: "warning",
  description:
    'A campaign, calling list, agent group or place group name contains "@", so composed ids cannot be split back.',
  explanation:
    "Stat Server composes the ids of campaign groups and campaign calling lists as " +
    "<campaign>@<group> and <campaign>@<calling list>. When a campaign, list or group name " +
    'itself contains "@", a composed id can be read in more than one way: "A@B@C" could be ' +
    'campaign "A@B" with group "C" or campaign "A" with group "B@C". Tools and people reading ' +
    'ids back then confuse objects. Replace the "@" in the name.',
  check({ model }, report) {
    for (const kind of COMPOSED_KINDS) {
      for (const object of model.byKind[kind]) {
        const at = object.name.indexOf("@");
        if (at === -1) continue;
        const count = object.name.split("@").length - 1;
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} contains ${count === 1 ? '"@"' : `${count} "@" signs`} (first at position ${[...object.name.slice(0, at)].length + 1}), so the composed ids built from it cannot be split back into names.`,
            object.name.replaceAll("@", "_"),
          ),
        );
      }
    }
  },
};
