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

const text = (value: string | number | boolean | undefined): string | null =>
  value === undefined ? null : String(value);

function extraFields(values: Map<string, string | null>, extra: Readonly<Record<string, unknown>>) {
  for (const key of Object.keys(extra).sort()) {
    values.set(`extra.${key}`, JSON.stringify(extra[key]) ?? null);
  }
}

const sortedNames = (refs: readonly ResolvedRef[], refName: RefName): string[] =>
  refs.map((r) => refName(r) ?? `(DBID ${r.dbid ?? "?"})`).sort();

/**
 * The fields the diff compares, per kind. The name, key, DBID, tenant and source location are
 * identity, not content, and are left out. Enums are already canonical names in the model
 * (`Predict`, whatever spelling the file used), so a RAW `1` and a JSON `dmpredict` compare
 * equal. A campaign group's campaign and group are placement (moves), also left out.
 */
export function comparableFields(o: ConfigObject, refName: RefName): ComparableFields {
  const values = new Map<string, string | null>([["state", o.state]]);
  const lists = new Map<string, readonly string[]>();
  const entries = new Map<string, string>();
  switch (o.kind) {
    case "tenant":
      values.set("parentTenant", text(o.parentTenant));
      break;
    case "campaign":
      values.set("description", text(o.description));
      lists.set(
        "callingLists",
        sortedNames(
          o.callingLists.map((e) => e.callingList),
          refName,
        ),
      );
      for (const e of o.callingLists) {
        const name = refName(e.callingList) ?? `(DBID ${e.callingList.dbid ?? "?"})`;
        entries.set(`callingLists[${name}].share`, String(e.share));
        entries.set(`callingLists[${name}].isActive`, String(e.isActive));
      }
      break;
    case "campaignGroup":
      values.set("dialMode", text(o.dialMode));
      values.set("optMethod", text(o.optMethod));
      values.set("optMethodValue", text(o.optMethodValue));
      values.set("operationMode", text(o.operationMode));
      values.set("numOfChannels", text(o.numOfChannels));
      values.set("minRecBuffSize", text(o.minRecBuffSize));
      values.set("optRecBuffSize", text(o.optRecBuffSize));
      values.set("description", text(o.description));
      break;
    case "callingList":
      values.set("timeFrom", text(o.timeFrom));
      values.set("timeUntil", text(o.timeUntil));
      values.set("maxAttempts", text(o.maxAttempts));
      break;
    case "agentGroup":
      lists.set("agents", sortedNames(o.agents, refName));
      break;
    case "placeGroup":
      lists.set("places", sortedNames(o.places, refName));
      break;
    case "person":
      values.set("employeeId", text(o.employeeId));
      values.set("firstName", text(o.firstName));
      values.set("lastName", text(o.lastName));
      values.set("isAgent", text(o.isAgent));
      break;
    case "place":
      break;
  }
  extraFields(values, o.extra);
  return { values, lists, entries };
}
