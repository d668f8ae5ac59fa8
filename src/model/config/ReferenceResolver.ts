import { keepShape } from "../keepShape";
import type { ObjectKey } from "./ids";
import type { ConfigKind } from "./kinds";
import { KeyCounter } from "./KeyCounter";
import { ImplicitObjects } from "./ImplicitObjects";
import { ObjectLookup } from "./ObjectLookup";
import type { Ref, SourceLocation } from "./objects";
import type { RefResolver, RefSlot } from "./resolveReferences";

/**
 * Writes into each reference the key of the object it names: by DBID first, then by name in
 * the referring object's tenant. A reference to a kind some file carries that matches nothing
 * gets null (`unknown-reference`); one to a kind no file carries gets an implicit object. The
 * DBID and name tables are looked up once per kind and tenant, not once per reference: a
 * large configuration has a hundred thousand group members.
 */
export class ReferenceResolver implements RefResolver {
  // The tables of the kind and tenant before are kept: an object's references, and the
  // objects of one section and tenant, mostly ask about the same ones.
  private lastKind: ConfigKind | undefined;
  private lastTenant: string | undefined;
  private dbids: ReadonlyMap<number, ObjectKey> | undefined;
  private names: ReadonlyMap<string, ObjectKey> | undefined;
  private kindCarried = false;

  constructor(
    private readonly lookup: ObjectLookup,
    private readonly implicit: ImplicitObjects,
    private readonly carried: ReadonlySet<ConfigKind>,
  ) {}

  resolve(kind: ConfigKind, tenant: string, refs: readonly Ref[], from: SourceLocation): void {
    for (let i = 0; i < refs.length; i++) this.resolveOne(kind, tenant, refs[i]!, from);
  }

  resolveOne(kind: ConfigKind, tenant: string, ref: Ref, from: SourceLocation): void {
    if (kind !== this.lastKind || tenant !== this.lastTenant) {
      this.lastKind = kind;
      this.lastTenant = tenant;
      this.dbids = this.lookup.dbids(kind);
      this.names = this.lookup.names(kind, tenant);
      this.kindCarried = this.carried.has(kind);
    }
    const slot = ref as RefSlot;
    const found =
      (ref.dbid !== undefined ? this.dbids?.get(ref.dbid) : undefined) ??
      (ref.name !== undefined ? this.names?.get(ref.name) : undefined);
    if (found !== undefined || this.kindCarried) {
      slot.key = found ?? null;
      return;
    }
    slot.key = this.implicit.create(kind, tenant, ref, from);
    // The first implicit object of a kind and tenant makes their tables: read them again.
    this.lastKind = undefined;
  }
}

{
  const lookup = new ObjectLookup();
  keepShape(
    new ReferenceResolver(lookup, new ImplicitObjects(lookup, new KeyCounter()), new Set()),
  );
}
