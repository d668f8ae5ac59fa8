import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject } from "../config/objects";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
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
  check({ model }, report) {
    // Names are grouped under a folded key (NFKC, then lower case) in one pass, so look-alikes
    // are found without comparing every pair.
    const groups = new Map<string, { objects: ConfigObject[]; names: Set<string> }>();
    for (const object of model.objects.values()) {
      if (object.name === "") continue;
      const folded = object.name.normalize("NFKC").toLowerCase();
      const key = `${object.kind}\u0000${object.tenant}\u0000${folded}`;
      const group = groups.get(key);
      if (group) {
        group.objects.push(object);
        group.names.add(object.name);
      } else {
        groups.set(key, { objects: [object], names: new Set([object.name]) });
      }
    }
    for (const { objects, names } of groups.values()) {
      if (names.size < 2) continue;
      const distinct = [...names];
      for (const object of objects) {
        const others = distinct.filter((name) => name !== object.name);
        const first = others[0] as string;
        const listed = others.slice(0, LISTED).map(quoteName).join(", ");
        const more = others.length > LISTED ? ` and ${others.length - LISTED} more` : "";
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} and ${CONFIG_KIND_LABEL[object.kind].toLowerCase()} ${listed}${more} in tenant ${quoteName(object.tenant)} differ only by ${howTheyDiffer(object.name, first)}.`,
            "Rename one of them so that the names differ visibly, or merge them.",
          ),
        );
      }
    }
  },
};
