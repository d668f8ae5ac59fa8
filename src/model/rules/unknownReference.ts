import type { ConfigKind } from "../config/kinds";
import { CONFIG_KIND_LABEL } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

interface Reference {
  readonly from: ConfigObject;
  readonly kind: ConfigKind;
  readonly ref: ResolvedRef;
  /** What the reference is for, in words ("its campaign", "calling list entry 2"). */
  readonly role: string;
}

function* referencesOf(object: ConfigObject): Generator<Reference> {
  switch (object.kind) {
    case "campaign":
      for (const [i, entry] of object.callingLists.entries()) {
        yield {
          from: object,
          kind: "callingList",
          ref: entry.callingList,
          role: `calling list entry ${i + 1}`,
        };
      }
      return;
    case "campaignGroup":
      yield { from: object, kind: "campaign", ref: object.campaign, role: "its campaign" };
      if (object.group) {
        const kind = object.group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup";
        const label =
          object.group.groupType === null ? "group" : CONFIG_KIND_LABEL[kind].toLowerCase();
        yield { from: object, kind, ref: object.group, role: `its ${label}` };
      }
      return;
    case "agentGroup":
      for (const ref of object.agents)
        yield { from: object, kind: "person", ref, role: "a member" };
      return;
    case "placeGroup":
      for (const ref of object.places) yield { from: object, kind: "place", ref, role: "a member" };
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
    // Look-alike names of each kind and tenant, to suggest what a broken name reference meant.
    const folded = new Map<string, string>();
    for (const object of model.objects.values()) {
      const key = `${object.kind}\u0000${object.tenant}\u0000${object.name.toLowerCase().trim()}`;
      if (!folded.has(key)) folded.set(key, object.name);
    }
    for (const object of model.objects.values()) {
      if (object.implicit) continue;
      for (const { kind, ref, role } of referencesOf(object)) {
        if (ref.key !== null) continue;
        const near =
          ref.name === undefined
            ? undefined
            : folded.get(`${kind}\u0000${object.tenant}\u0000${ref.name.toLowerCase().trim()}`);
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
    }
  },
};
