import type { GroupType } from "./enums";
import type { ConfigKind } from "./kinds";
import type { ConfigObject, ImportedObject, Ref, SourceLocation } from "./objects";

/**
 * Writes into each reference the key of the object of `kind` it names in `tenant` (null when
 * none): `ReferenceResolver`.
 */
export interface RefResolver {
  resolve(kind: ConfigKind, tenant: string, refs: readonly Ref[], from: SourceLocation): void;
  /** The same for one reference (no list made for it). */
  resolveOne(kind: ConfigKind, tenant: string, ref: Ref, from: SourceLocation): void;
}

/** Where a `RefResolver` writes a reference's key. */
export type RefSlot = { -readonly [P in keyof Ref]: Ref[P] };

function resolveGroup(
  group: Ref & { readonly groupType: GroupType | null },
  tenant: string,
  refs: RefResolver,
  at: SourceLocation,
): void {
  refs.resolveOne(
    group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup",
    tenant,
    group,
    at,
  );
  if (group.key === null && group.groupType === null) {
    // The file does not say which kind of group: try place groups before giving up.
    refs.resolveOne("placeGroup", tenant, group, at);
  }
}

/**
 * Writes into a placed object's references (their slots are already there, see
 * `ImportedObject`) the key of the object each one names, making it the model's object.
 */
export function resolveReferences(o: ImportedObject, refs: RefResolver): ConfigObject {
  const { tenant, source: at } = o;
  switch (o.kind) {
    case "campaign":
      for (let i = 0; i < o.callingLists.length; i++) {
        refs.resolveOne("callingList", tenant, o.callingLists[i]!.callingList, at);
      }
      if (o.campaignGroups !== undefined) {
        for (const entry of o.campaignGroups) resolveGroup(entry.group, tenant, refs, at);
      }
      break;
    case "campaignGroup": {
      refs.resolveOne("campaign", tenant, o.campaign, at);
      if (o.group) resolveGroup(o.group, tenant, refs, at);
      break;
    }
    case "agentGroup":
      refs.resolve("person", tenant, o.agents, at);
      break;
    case "placeGroup":
      refs.resolve("place", tenant, o.places, at);
      break;
    default:
      break;
  }
  return o as ConfigObject;
}
