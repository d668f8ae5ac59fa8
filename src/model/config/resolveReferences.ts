import type { ConfigKind } from "./kinds";
import type { ConfigObject, ImportedObject, Ref, SourceLocation } from "./objects";

/**
 * Writes into each reference the key of the object of `kind` it names in `tenant` (null when
 * none). The DBID and name tables are looked up once per list rather than once per reference:
 * a large configuration has a hundred thousand group members.
 */
export type ResolveRefs = (
  kind: ConfigKind,
  tenant: string,
  refs: readonly Ref[],
  from: SourceLocation,
) => void;

/** Where `ResolveRefs` writes a reference's key. */
export type RefSlot = { -readonly [P in keyof Ref]: Ref[P] };

/**
 * Writes into a placed object's references (their slots are already there, see
 * `ImportedObject`) the key of the object each one names, making it the model's object.
 */
export function resolveReferences(o: ImportedObject, resolveRefs: ResolveRefs): ConfigObject {
  const { tenant, source: at } = o;
  switch (o.kind) {
    case "campaign":
      for (const entry of o.callingLists)
        resolveRefs("callingList", tenant, [entry.callingList], at);
      break;
    case "campaignGroup": {
      resolveRefs("campaign", tenant, [o.campaign], at);
      const group = o.group;
      if (!group) break;
      const refs = [group];
      resolveRefs(group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup", tenant, refs, at);
      if (group.key === null && group.groupType === null) {
        // The file does not say which kind of group: try place groups before giving up.
        resolveRefs("placeGroup", tenant, refs, at);
      }
      break;
    }
    case "agentGroup":
      resolveRefs("person", tenant, o.agents, at);
      break;
    case "placeGroup":
      resolveRefs("place", tenant, o.places, at);
      break;
    default:
      break;
  }
  return o as ConfigObject;
}
