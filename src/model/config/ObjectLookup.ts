import type { Dbid, ObjectKey } from "./ids";
import type { ConfigKind } from "./kinds";
import type { Ref } from "./objects";

/**
 * The model's objects by DBID and by tenant + name, built once, so resolution stays linear in
 * model size. Nested maps rather than composed string keys: no string is built per lookup.
 * The first object of a DBID or name wins; later ones are duplicates, which a rule reports.
 */
export class ObjectLookup {
  private readonly byDbid = new Map<ConfigKind, Map<number, ObjectKey>>();
  private readonly byName = new Map<ConfigKind, Map<string, Map<string, ObjectKey>>>();
  /** The tenant names of the objects added, in the order each first appeared. */
  readonly tenants = new Set<string>();
  private lastKind: ConfigKind | undefined;
  private lastTenant: string | undefined;
  private lastNames: Map<string, ObjectKey> | undefined;

  add(
    kind: ConfigKind,
    key: ObjectKey,
    dbid: Dbid | undefined,
    tenant: string,
    name: string,
  ): void {
    if (dbid !== undefined) {
      let dbids = this.byDbid.get(kind);
      if (!dbids) this.byDbid.set(kind, (dbids = new Map()));
      if (!dbids.has(dbid)) dbids.set(dbid, key);
    }
    const names = this.namesFor(kind, tenant);
    if (!names.has(name)) names.set(name, key);
  }

  /** The names of one kind in one tenant, made on first use. */
  private namesFor(kind: ConfigKind, tenant: string): Map<string, ObjectKey> {
    // Objects come a section (one kind), and mostly one tenant, at a time: the table of the
    // object before is kept rather than looked up in two Maps for each object.
    if (kind === this.lastKind && tenant === this.lastTenant) return this.lastNames!;
    let tenants = this.byName.get(kind);
    if (!tenants) this.byName.set(kind, (tenants = new Map()));
    let names = tenants.get(tenant);
    if (!names) {
      tenants.set(tenant, (names = new Map()));
      this.tenants.add(tenant);
    }
    this.lastKind = kind;
    this.lastTenant = tenant;
    this.lastNames = names;
    return names;
  }

  /** The keys of one kind by DBID, to resolve many references without a lookup per kind. */
  dbids(kind: ConfigKind): ReadonlyMap<number, ObjectKey> | undefined {
    return this.byDbid.get(kind);
  }

  /** The keys of one kind in one tenant by name. */
  names(kind: ConfigKind, tenant: string): ReadonlyMap<string, ObjectKey> | undefined {
    return this.byName.get(kind)?.get(tenant);
  }

  find(kind: ConfigKind, tenant: string, ref: Ref): ObjectKey | undefined {
    if (ref.dbid !== undefined) {
      const found = this.byDbid.get(kind)?.get(ref.dbid);
      if (found) return found;
    }
    if (ref.name !== undefined) return this.byName.get(kind)?.get(tenant)?.get(ref.name);
    return undefined;
  }
}
