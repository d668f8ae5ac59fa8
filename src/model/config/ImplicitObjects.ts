import type { Dbid, ObjectKey } from "./ids";
import type { KeyCounter } from "./KeyCounter";
import type { ConfigKind } from "./kinds";
import type { ObjectLookup } from "./ObjectLookup";
import type { ConfigObject, Ref, SourceLocation } from "./objects";

/** Objects known only because something refers to them. */
export class ImplicitObjects {
  readonly objects: ConfigObject[] = [];

  constructor(
    private readonly lookup: ObjectLookup,
    private readonly keys: KeyCounter,
  ) {}

  create(kind: ConfigKind, tenant: string, ref: Ref, from: SourceLocation): ObjectKey {
    const found = this.lookup.find(kind, tenant, ref);
    if (found) return found;
    const name = ref.name ?? `(DBID ${ref.dbid ?? "?"})`;
    const object = implicitObject(kind, this.keys.next(), tenant, name, from, ref.dbid);
    this.objects.push(object);
    this.lookup.add(kind, object.key, ref.dbid, tenant, name);
    return object.key;
  }

  tenant(name: string, from: SourceLocation): ConfigObject {
    return implicitObject("tenant", this.keys.next(), name, name, from, undefined);
  }
}

/**
 * An object known only by a reference: enabled, with no content of its own. Written out as
 * one literal per shape (the kinds with no fields of their own share one), the common fields
 * first as the importers write them, rather than spread from a common part (see `keepShape`).
 */
function implicitObject(
  kind: ConfigKind,
  key: ObjectKey,
  tenant: string,
  name: string,
  source: SourceLocation,
  dbid: Dbid | undefined,
): ConfigObject {
  const state = "Enabled";
  const extra = {};
  const alsoIn: SourceLocation[] = [];
  const implicit = true;
  switch (kind) {
    case "tenant":
    case "callingList":
    case "place":
      return { kind, key, source, extra, alsoIn, implicit, dbid, tenant, name, state };
    case "campaign":
      return {
        kind,
        key,
        source,
        extra,
        alsoIn,
        implicit,
        dbid,
        tenant,
        name,
        state,
        callingLists: [],
      };
    case "campaignGroup":
      return {
        kind,
        key,
        source,
        extra,
        alsoIn,
        implicit,
        dbid,
        tenant,
        name,
        state,
        campaign: { key: null },
        group: null,
      };
    case "agentGroup":
      return { kind, key, source, extra, alsoIn, implicit, dbid, tenant, name, state, agents: [] };
    case "placeGroup":
      return { kind, key, source, extra, alsoIn, implicit, dbid, tenant, name, state, places: [] };
    case "person":
      return {
        kind,
        key,
        source,
        extra,
        alsoIn,
        implicit,
        dbid,
        tenant,
        name,
        state,
        isAgent: true,
      };
  }
}
