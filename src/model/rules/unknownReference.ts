import type { ConfigModel } from "../config/ConfigModel";
import type { ConfigKind } from "../config/kinds";
import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/** Calls `broken` for each reference of `object` that did not resolve, with what it is for. */
function forEachBrokenReference(
  object: ConfigObject,
  broken: (kind: ConfigKind, ref: ResolvedRef, role: () => string) => void,
): void {
  switch (object.kind) {
    case "campaign":
      object.callingLists.forEach((entry, i) => {
        if (entry.callingList.key === null) {
          broken("callingList", entry.callingList, () => `calling list entry ${i + 1}`);
        }
      });
      return;
    case "campaignGroup": {
      if (object.campaign.key === null) broken("campaign", object.campaign, () => "its campaign");
      const group = object.group;
      if (group && group.key === null) {
        const kind = group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup";
        const label = group.groupType === null ? "group" : CONFIG_KIND_LABEL[kind].toLowerCase();
        broken(kind, group, () => `its ${label}`);
      }
      return;
    }
    case "agentGroup":
      for (const ref of object.agents)
        if (ref.key === null) broken("person", ref, () => "a member");
      return;
    case "placeGroup":
      for (const ref of object.places) if (ref.key === null) broken("place", ref, () => "a member");
      return;
    default:
      return;
  }
}

function describeRef(kind: ConfigKind, ref: ResolvedRef): string {
  const label = CONFIG_KIND_LABEL[kind].toLowerCase();
  if (ref.name !== undefined) return `${label} ${quoteName(ref.name)}`;
  if (ref.dbid !== undefined) return `${label} DBID ${ref.dbid}`;
  return `a ${label} given neither by name nor by DBID`;
}

const fold = (kind: ConfigKind, tenant: string, name: string): string =>
  `${kind}\u0000${tenant}\u0000${name.trim().toLowerCase()}`;

/** Names by kind, tenant and folded name, to suggest what a broken name reference meant. */
function lookAlikes(model: ConfigModel): Map<string, string> {
  const names = new Map<string, string>();
  for (const object of model.objects.values()) {
    const key = fold(object.kind, object.tenant, object.name);
    if (!names.has(key)) names.set(key, object.name);
  }
  return names;
}

export const unknownReference: Rule = {
  id: "unknown-reference",
  defaultSeverity: "error",
  description: "A reference to an object of a kind the loaded files carry, which is not in them.",
  explanation:
    "An object refers to another (a campaign group to its campaign and group, a campaign to " +
    "its calling lists, a group to its members) that the loaded files should hold but do not. " +
    "Either the export is incomplete or the referenced object was renamed or deleted. Stat " +
    "Server cannot report on the missing part. Load the file that holds it, or correct the " +
    "reference.",
  check({ model }, report) {
    // Built on the first broken reference only: a clean configuration pays nothing for it.
    let names: Map<string, string> | undefined;
    for (const object of model.objects.values()) {
      if (object.implicit) continue;
      forEachBrokenReference(object, (kind, ref, role) => {
        names ??= lookAlikes(model);
        const near =
          ref.name === undefined ? undefined : names.get(fold(kind, object.tenant, ref.name));
        report(
          draftFor(
            model,
            object,
            `${describeObject(object)} refers to ${describeRef(kind, ref)} as ${role()}, which is not in the loaded files.`,
            near === undefined
              ? `Load the file that holds the ${CONFIG_KIND_LABEL[kind].toLowerCase()}, or correct the reference.`
              : `Did you mean ${quoteName(near)}?`,
          ),
        );
      });
    }
  },
};
