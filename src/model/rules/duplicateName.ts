import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject } from "../config/objects";
import { referencedName } from "../hierarchy/referencedName";
import { describeObject } from "./describeObject";
import { draftFor, locationOf } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/** How many other places a message lists before summing up the rest. */
const LISTED = 3;

/**
 * The scope a name must be unique in: its kind within its tenant; a campaign group's name
 * only within its campaign (Configuration Server allows the same name in two campaigns).
 */
function scopeOf(object: ConfigObject): string {
  if (object.kind === "tenant") return "tenant";
  if (object.kind === "campaignGroup") {
    const { key, name, dbid } = object.campaign;
    return `campaignGroup\u0000${key ?? `${name ?? ""}#${dbid ?? ""}`}`;
  }
  return `${object.kind}\u0000${object.tenant}`;
}

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
  check({ model }, report) {
    const byName = new Map<string, ConfigObject[]>();
    for (const object of model.objects.values()) {
      if (object.implicit || object.name === "") continue;
      const key = `${scopeOf(object)}\u0000${object.name}`;
      const same = byName.get(key);
      if (same) same.push(object);
      else byName.set(key, [object]);
    }
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      for (const object of same) {
        const elsewhere = same
          .filter((other) => other !== object)
          .map((other) => `${other.source.file} ${locationOf(other.source)}`);
        const listed = elsewhere.slice(0, LISTED).join("; ");
        const more = elsewhere.length > LISTED ? `; and ${elsewhere.length - LISTED} more` : "";
        const scope =
          object.kind === "campaignGroup"
            ? `campaign ${quoteName(referencedName(model, object.campaign) ?? "")}`
            : `tenant ${quoteName(object.tenant)}`;
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} is one of ${same.length} ${CONFIG_KIND_LABEL[object.kind].toLowerCase()} objects with this name in ${scope} (also at ${listed}${more}).`,
            "Rename or remove all but one of them.",
          ),
        );
      }
    }
  },
};
