import type { ObjectKey } from "./ids";
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

type Writable<T> = { -readonly [P in keyof T]: T[P] };

/** Where `ResolveRefs` writes a reference's key. */
export type RefSlot = Writable<Ref>;

/**
 * Turns an imported object into the model's: its key, tenant name and files, and the key of
 * everything it refers to, written into the importer's own object and references (their
 * slots are already there, see `ImportedObject`). The tenant DBID, answered by `tenant` now,
 * is cleared.
 */
export function resolveInPlace(
  imported: ImportedObject,
  key: ObjectKey,
  tenant: string,
  alsoIn: readonly SourceLocation[],
  resolveRefs: ResolveRefs,
): ConfigObject {
  const o = imported as Writable<ImportedObject>;
  o.key = key;
  o.tenant = tenant;
  o.alsoIn = alsoIn;
  o.implicit = false;
  if (o.tenantDbid !== undefined) o.tenantDbid = undefined;
  const at = o.source;
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

const freshRef = <R extends Ref>(ref: R): R => ({ ...ref, key: undefined });

/**
 * A copy of an imported object with fresh references and empty slots, to resolve in place
 * when the object itself must stay as it is: it was resolved into another model already, or
 * it is the merge of several files' objects and shares their references.
 */
export function unresolvedCopy(o: ImportedObject): ImportedObject {
  switch (o.kind) {
    case "campaign":
      return {
        ...o,
        key: undefined,
        callingLists: o.callingLists.map((entry) => ({
          ...entry,
          callingList: freshRef(entry.callingList),
        })),
      };
    case "campaignGroup":
      return {
        ...o,
        key: undefined,
        campaign: freshRef(o.campaign),
        group: o.group ? freshRef(o.group) : null,
      };
    case "agentGroup":
      return { ...o, key: undefined, agents: o.agents.map(freshRef) };
    case "placeGroup":
      return { ...o, key: undefined, places: o.places.map(freshRef) };
    default:
      return { ...o, key: undefined };
  }
}
