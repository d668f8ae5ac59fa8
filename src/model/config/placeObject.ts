import type { ObjectKey } from "./ids";
import type { ImportedObject, Ref, SourceLocation } from "./objects";

type Writable<T> = { -readonly [P in keyof T]: T[P] };

/**
 * Writes an imported object's model slots: its key, tenant name and files. The tenant DBID,
 * answered by `tenant` now, is cleared. Its references are resolved next, by
 * `resolveReferences`, once every object of the model has its key.
 */
export function placeObject(
  imported: ImportedObject,
  key: ObjectKey,
  tenant: string,
  alsoIn: readonly SourceLocation[],
): ImportedObject {
  const o = imported as Writable<ImportedObject>;
  o.key = key;
  o.tenant = tenant;
  o.alsoIn = alsoIn;
  o.implicit = false;
  if (o.tenantDbid !== undefined) o.tenantDbid = undefined;
  return o;
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
        campaignGroups: o.campaignGroups?.map((entry) => ({
          ...entry,
          group: freshRef(entry.group),
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
