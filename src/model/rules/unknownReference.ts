import type { ConfigKind } from "../config/kinds";
import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";
import { TENANT_LIST, type ModelLinks } from "../hierarchy/ModelLinks";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/** A reference that did not resolve: whose it is, to what kind, and what it is for. */
interface BrokenReference {
  readonly object: ConfigObject;
  readonly kind: ConfigKind;
  readonly ref: ResolvedRef;
  readonly role: string;
}

/**
 * Adds each reference of `object` that did not resolve to `broken`. No helper closure per
 * object: under tsx (the CLI, the server, the benchmarks) every named closure is also given
 * its name with Object.defineProperty, a call per object in a large configuration.
 */
function collectBrokenReferences(object: ConfigObject, broken: BrokenReference[]): void {
  switch (object.kind) {
    case "campaign":
      object.callingLists.forEach(({ callingList: ref }, i) => {
        if (ref.key === null) {
          broken.push({ object, kind: "callingList", ref, role: `calling list entry ${i + 1}` });
        }
      });
      return;
    case "campaignGroup": {
      if (object.campaign.key === null) {
        broken.push({ object, kind: "campaign", ref: object.campaign, role: "its campaign" });
      }
      const group = object.group;
      if (group && group.key === null) {
        const kind = group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup";
        const label = group.groupType === null ? "group" : CONFIG_KIND_LABEL[kind].toLowerCase();
        broken.push({ object, kind, ref: group, role: `its ${label}` });
      }
      return;
    }
    case "agentGroup":
      for (const ref of object.agents) {
        if (ref.key === null) broken.push({ object, kind: "person", ref, role: "a member" });
      }
      return;
    case "placeGroup":
      for (const ref of object.places) {
        if (ref.key === null) broken.push({ object, kind: "place", ref, role: "a member" });
      }
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

const REFERRING_KINDS = ["campaign", "campaignGroup", "agentGroup", "placeGroup"] as const;

const fold = (name: string): string => name.trim().toLowerCase();

/**
 * For the names that broken references give, the first name of the same kind in the same
 * tenant (model order) that folds alike, to suggest what the reference meant. Only the kinds
 * and tenants with a broken reference are read, and only the names asked for are kept, so a
 * large configuration with a few broken references costs a fold per name in those lists.
 */
function findLookAlikes(
  links: ModelLinks,
  broken: readonly BrokenReference[],
): (kind: ConfigKind, tenant: string, name: string) => string | undefined {
  const wanted = new Map<ConfigKind, Map<string, Map<string, string | undefined>>>();
  const namesFor = (kind: ConfigKind, tenant: string): Map<string, string | undefined> => {
    let tenants = wanted.get(kind);
    if (!tenants) wanted.set(kind, (tenants = new Map()));
    let names = tenants.get(tenant);
    if (!names) tenants.set(tenant, (names = new Map()));
    return names;
  };
  for (const { object, kind, ref } of broken) {
    if (ref.name !== undefined) namesFor(kind, object.tenant).set(fold(ref.name), undefined);
  }
  for (const [kind, tenants] of wanted) {
    for (const [tenant, names] of tenants) {
      for (const object of links.byTenant.get(tenant)?.[TENANT_LIST[kind]] ?? []) {
        const key = fold(object.name);
        if (names.has(key) && names.get(key) === undefined) names.set(key, object.name);
      }
    }
  }
  return (kind, tenant, name) => namesFor(kind, tenant).get(fold(name));
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
    // Only these kinds refer to other objects; persons and places, most of a large
    // configuration, need not be visited.
    const broken: BrokenReference[] = [];
    for (const kind of REFERRING_KINDS) {
      for (const object of model.byKind[kind]) {
        if (!object.implicit) collectBrokenReferences(object, broken);
      }
    }
    if (broken.length === 0) return;
    const lookAlike = findLookAlikes(links, broken);
    for (const { object, kind, ref, role } of broken) {
      const near = ref.name === undefined ? undefined : lookAlike(kind, object.tenant, ref.name);
      report(
        draftFor(
          model,
          object,
          `${describeObject(object)} refers to ${describeRef(kind, ref)} as ${role}, which is not in the loaded files.`,
          near === undefined
            ? `Load the file that holds the ${CONFIG_KIND_LABEL[kind].toLowerCase()}, or correct the reference.`
            : `Did you mean ${quoteName(near)}?`,
        ),
      );
    }
  },
};
