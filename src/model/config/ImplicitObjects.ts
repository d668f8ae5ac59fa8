import { keepShape } from "../keepShape";
import type { Dbid, ObjectKey } from "./ids";
import { KeyCounter } from "./KeyCounter";
import type { ConfigKind } from "./kinds";
import { ObjectLookup } from "./ObjectLookup";
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

keepShape(new ImplicitObjects(new ObjectLookup(), new KeyCounter()));

/**
 * An object known only by a reference: enabled, with no content of its own. Written out as
 * one literal per shape (the kinds with no fields of their own share one), the common fields
 * first as the importers write them, rather than spread from a common part: V8 keeps the
 * hidden class of a literal alive with the code that creates it, while a spread object's
 * class dies with the last such object, and with it the optimized code of every stage that
 * reads calling lists (see `keepShape`).
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
