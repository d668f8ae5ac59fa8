import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { CampaignGroup, ConfigObject } from "../config/objects";
import { referencedName } from "../hierarchy/referencedName";
import { describeObject } from "./describeObject";
import { draftFor, locationOf } from "./draftFor";
import { quoteName } from "./quoteName";
import { lookAlikeGroups } from "./lookAlikeGroups";
import type { Rule } from "./Rule";

/** How many other places a message lists before summing up the rest. */
const LISTED = 3;

export const duplicateName: Rule = {
  id: "duplicate-name",
  defaultSeverity: "error",
  description:
    "Two objects of one kind in one tenant have the same name (campaign groups: within one campaign).",
  explanation:
    "Stat Server finds objects by name, so two objects of one kind with the same name in one " +
    "tenant are one object to it: statistics of both are mixed, or one of them is never " +
    "seen. Configuration Server refuses such duplicates, so they come from merged or edited " +
    "exports. Rename or remove one of them.",
  check(context, report) {
    const { model, links } = context;
    const reportSame = (same: readonly ConfigObject[]): void => {
      for (const object of same) {
        // At most one of the first LISTED + 1 is the object itself: constant cost per finding.
        const elsewhere = same
          .slice(0, LISTED + 1)
          .filter((other) => other !== object)
          .slice(0, LISTED)
          .map((other) => `${other.source.file} ${locationOf(other.source)}`);
        const rest = same.length - 1 - elsewhere.length;
        const more = rest > 0 ? `; and ${rest} more` : "";
        const scope =
          object.kind === "campaignGroup"
            ? `campaign ${quoteName(referencedName(model, object.campaign) ?? "")}`
            : `tenant ${quoteName(object.tenant)}`;
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} is one of ${same.length} ${CONFIG_KIND_LABEL[object.kind].toLowerCase()} objects with this name in ${scope} (also at ${elsewhere.join("; ")}${more}).`,
            "Rename or remove all but one of them.",
          ),
        );
      }
    };
    const scan = (objects: readonly ConfigObject[]): void => {
      if (objects.length < 2) return;
      const byName = new Map<string, ConfigObject[]>();
      for (const object of objects) {
        if (object.implicit || object.name === "") continue;
        const same = byName.get(object.name);
        if (same) same.push(object);
        else byName.set(object.name, [object]);
      }
      for (const same of byName.values()) if (same.length > 1) reportSame(same);
    };
    // Identical names fold alike, so outside campaign groups the duplicates are found within
    // the look-alike groups confusable-names uses: a few small groups, not every name.
    for (const group of lookAlikeGroups(context)) scan(group);
    // A campaign group's name must be unique only within its campaign. Those whose campaign
    // did not resolve are scoped by the campaign reference they give.
    for (const groups of links.campaignGroupsOfCampaign.values()) scan(groups);
    const unresolved = new Map<string, CampaignGroup[]>();
    for (const group of model.byKind.campaignGroup) {
      if (group.campaign.key !== null) continue;
      const scope = `${group.campaign.name ?? ""}\u0000${group.campaign.dbid ?? ""}`;
      const same = unresolved.get(scope);
      if (same) same.push(group);
      else unresolved.set(scope, [group]);
    }
    for (const groups of unresolved.values()) scan(groups);
  },
};
