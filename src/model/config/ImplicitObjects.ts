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
    const object = withEmptyContent(this.base(kind, tenant, name, from, ref.dbid));
    this.objects.push(object);
    this.lookup.add(kind, object.key, ref.dbid, tenant, name);
    return object.key;
  }

  tenant(name: string, from: SourceLocation): ConfigObject {
    return withEmptyContent(this.base("tenant", name, name, from, undefined));
  }

  private base(kind: ConfigKind, tenant: string, name: string, from: SourceLocation, dbid?: Dbid) {
    return {
      kind,
      key: this.keys.next(),
      ...(dbid !== undefined ? { dbid } : {}),
      tenant,
      name,
      state: "Enabled" as const,
      source: from,
      alsoIn: [],
      implicit: true,
      extra: {},
    };
  }
}

function withEmptyContent(base: {
  kind: ConfigKind;
  key: ObjectKey;
  tenant: string;
  name: string;
  state: "Enabled";
  source: SourceLocation;
  alsoIn: SourceLocation[];
  implicit: boolean;
  extra: Record<string, unknown>;
}): ConfigObject {
  switch (base.kind) {
    case "campaign":
      return { ...base, kind: "campaign", callingLists: [] };
    case "campaignGroup":
      return { ...base, kind: "campaignGroup", campaign: { key: null }, group: null };
    case "agentGroup":
      return { ...base, kind: "agentGroup", agents: [] };
    case "placeGroup":
      return { ...base, kind: "placeGroup", places: [] };
    case "person":
      return { ...base, kind: "person", isAgent: true };
    case "tenant":
      return { ...base, kind: "tenant" };
    case "callingList":
      return { ...base, kind: "callingList" };
    case "place":
      return { ...base, kind: "place" };
  }
}
