import type { ConfigKind } from "../config/kinds";
import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";
import type { ModelLinks, TenantObjects } from "../hierarchy/ModelLinks";
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

const fold = (name: string): string => name.trim().toLowerCase();

const OBJECTS_OF_KIND: { readonly [K in ConfigKind]: keyof TenantObjects } = {
  tenant: "tenants",
  campaign: "campaigns",
  campaignGroup: "campaignGroups",
  callingList: "callingLists",
  agentGroup: "agentGroups",
  placeGroup: "placeGroups",
  person: "persons",
  place: "places",
};

/**
 * Names of one kind in one tenant by folded name (first in model order wins), to suggest what
 * a broken name reference meant. Built per kind and tenant that has a broken reference, so
 * a large configuration with a few broken references folds a few lists, not every name.
 */
class LookAlikes {
  private readonly built = new Map<ConfigKind, Map<string, Map<string, string>>>();

  constructor(private readonly links: ModelLinks) {}

  find(kind: ConfigKind, tenant: string, name: string): string | undefined {
    let tenants = this.built.get(kind);
    if (!tenants) this.built.set(kind, (tenants = new Map()));
    let names = tenants.get(tenant);
    if (!names) {
      names = new Map();
      for (const object of this.links.byTenant.get(tenant)?.[OBJECTS_OF_KIND[kind]] ?? []) {
        const key = fold(object.name);
        if (!names.has(key)) names.set(key, object.name);
      }
      tenants.set(tenant, names);
    }
    return names.get(fold(name));
  }
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
  check({ model, links }, report) {
    const lookAlikes = new LookAlikes(links);
    for (const object of model.objects.values()) {
      if (object.implicit) continue;
      forEachBrokenReference(object, (kind, ref, role) => {
        const near =
          ref.name === undefined ? undefined : lookAlikes.find(kind, object.tenant, ref.name);
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
