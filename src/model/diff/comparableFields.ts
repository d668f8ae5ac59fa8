import type { ConfigKind } from "../config/kinds";
import type { ConfigObject, ResolvedRef } from "../config/objects";

/** Renders a reference as the name it stands for, in the snapshot the diff compares against. */
export type RefName = (ref: ResolvedRef) => string | null;

/**
 * An object's fields in comparable form: scalars as text, reference lists as sorted names, and
 * the fields of list entries (`callingLists[CL_Paris].share`), compared where both sides have
 * the entry (an entry on one side only is a list change already).
 */
export interface ComparableFields {
  readonly values: ReadonlyMap<string, string | null>;
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly entries: ReadonlyMap<string, string>;
}

/**
 * The scalar fields the diff compares, per kind. The name, key, DBID, tenant and source
 * location are identity, not content. Enums are canonical names in the model (`Predict`,
 * whatever spelling the file used), so a RAW `1` and a JSON `dmpredict` compare equal. A
 * campaign group's campaign and group are its placement (moves), compared apart.
 */
export const SCALAR_FIELDS: Readonly<Record<ConfigKind, readonly string[]>> = {
  tenant: ["state", "parentTenant"],
  campaign: ["state", "description"],
  campaignGroup: [
    "state",
    "dialMode",
    "optMethod",
    "optMethodValue",
    "operationMode",
    "numOfChannels",
    "minRecBuffSize",
    "optRecBuffSize",
    "description",
  ],
  callingList: ["state", "timeFrom", "timeUntil", "maxAttempts"],
  agentGroup: ["state"],
  placeGroup: ["state"],
  person: ["state", "employeeId", "firstName", "lastName", "isAgent"],
  place: ["state"],
};

export const scalarOf = (o: ConfigObject, field: string): unknown =>
  (o as unknown as Record<string, unknown>)[field];

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

const nameOf = (ref: ResolvedRef, refName: RefName): string =>
  refName(ref) ?? `(DBID ${ref.dbid ?? "?"})`;

/** The references an object lists (calling lists, agents, places), by field. */
export function referenceLists(o: ConfigObject): [string, readonly ResolvedRef[]][] {
  switch (o.kind) {
    case "campaign":
      return [["callingLists", o.callingLists.map((e) => e.callingList)]];
    case "agentGroup":
      return [["agents", o.agents]];
    case "placeGroup":
      return [["places", o.places]];
    default:
      return [];
  }
}

export function comparableFields(o: ConfigObject, refName: RefName): ComparableFields {
  const values = new Map<string, string | null>();
  for (const field of SCALAR_FIELDS[o.kind]) values.set(field, text(scalarOf(o, field)));
  for (const key of Object.keys(o.extra).sort()) {
    values.set(`extra.${key}`, JSON.stringify(o.extra[key]) ?? null);
  }
  const lists = new Map<string, readonly string[]>();
  for (const [field, refs] of referenceLists(o)) {
    lists.set(field, refs.map((r) => nameOf(r, refName)).sort());
  }
  const entries = new Map<string, string>();
  if (o.kind === "campaign") {
    for (const e of o.callingLists) {
      const name = nameOf(e.callingList, refName);
      entries.set(`callingLists[${name}].share`, String(e.share));
      entries.set(`callingLists[${name}].isActive`, String(e.isActive));
    }
  }
  return { values, lists, entries };
}
