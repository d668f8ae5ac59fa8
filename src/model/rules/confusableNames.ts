import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject } from "../config/objects";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import { groupLookAlikes, lookAlikeGroups } from "./lookAlikeGroups";
import type { Rule } from "./Rule";

/** How many look-alike names a message lists before summing up the rest. */
const LISTED = 3;

function howTheyDiffer(a: string, b: string): string {
  if (a.normalize("NFKC") === b.normalize("NFKC")) return "Unicode compatibility form (NFKC)";
  if (a.toLowerCase() === b.toLowerCase()) return "letter case";
  return "letter case and Unicode compatibility form (NFKC)";
}

export const confusableNames: Rule = {
  id: "confusable-names",
  defaultSeverity: "warning",
  description:
    "Two objects of one kind in one tenant have names that differ only by letter case or Unicode compatibility form (NFKC).",
  explanation:
    'Names such as "Sales" and "SALES", or "Team 1" written with a full-width digit, look the ' +
    "same to a person but are different names to Stat Server, which matches them exactly. " +
    "Supervisors then ask for one and get the statistics of the other, or nothing. Give the " +
    "objects names that differ in a way people can see, or merge them if they are the same.",
  check(context, report) {
    const { model } = context;
    const reportGroup = (objects: readonly ConfigObject[]): void => {
      const distinct = [...new Set(objects.map((o) => o.name))];
      for (const object of objects) {
        // At most one of the first LISTED + 1 distinct names is the object's own, so each
        // message costs a constant, however many look-alikes the group holds.
        const others = distinct.slice(0, LISTED + 1).filter((name) => name !== object.name);
        const first = others[0] as string;
        const listed = others.slice(0, LISTED).map(quoteName).join(", ");
        const rest = distinct.length - 1 - Math.min(LISTED, others.length);
        const more = rest > 0 ? ` and ${rest} more` : "";
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} and ${CONFIG_KIND_LABEL[object.kind].toLowerCase()} ${listed}${more} in tenant ${quoteName(object.tenant)} differ only by ${howTheyDiffer(object.name, first)}.`,
            "Rename one of them so that the names differ visibly, or merge them.",
          ),
        );
      }
    };
    // Names are grouped under a folded key (NFKC, then lower case) in one pass per tenant and
    // kind, so look-alikes are found without comparing every pair.
    const differ = (group: readonly ConfigObject[]): boolean =>
      group.some((o) => o.name !== (group[0] as ConfigObject).name);
    for (const group of lookAlikeGroups(context)) if (differ(group)) reportGroup(group);
    // Campaign groups: one scope per tenant, as for every other kind.
    for (const objects of context.links.byTenant.values()) {
      for (const group of groupLookAlikes(objects.campaignGroups)) {
        if (differ(group)) reportGroup(group);
      }
    }
  },
};
