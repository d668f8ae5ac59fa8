// Merge the files a user loaded into one model and resolve every reference once.
//
// Why here and not in the importers: references can only be judged against the merged whole.
// A user may export campaigns and persons into separate files; mutagen JSON names its
// references while RAW and XML give DBIDs; mutagen never exports calling-list objects at all.
//
// - The same object in two files (same DBID, or same tenant + name) is merged: fields present
//   in the later file win, as when mutagen applies a partial "updated" file on top of a
//   snapshot. Within one file nothing is merged: two objects with one name are a duplicate,
//   which a rule reports.
// - A reference to a kind that some loaded file carries, but that matches nothing, stays
//   unresolved (`key: null`) for the `unknown-reference` rule. A reference to a kind that no
//   file carries creates an implicit object, so the hierarchy still shows it.

import { asObjectKey, type Dbid, type ObjectKey } from "./ids";
import { CONFIG_KINDS, type ConfigKind } from "./kinds";
import type { ConfigModel, ImportedFile, LoadedFile } from "./ConfigModel";
import type {
  ConfigObject,
  ConfigObjectOf,
  ImportedObject,
  Ref,
  ResolvedRef,
  SourceLocation,
} from "./objects";

/**
 * In a single-tenant Configuration Server the tenant is `Environment` and has DBID 1
 * (inferred from Configuration Server's initial database; RAW exports of one object type may
 * omit CFGTenant, yet objects still carry `tenantDBID: 1`).
 */
const ENVIRONMENT_DBID = 1;
const ENVIRONMENT = "Environment";

type Draft = ImportedObject & { alsoIn: SourceLocation[]; fileIndex: number };

export function resolveModel(files: readonly ImportedFile[]): ConfigModel {
  const carried = new Set<ConfigKind>(files.flatMap((f) => f.carries));
  const tenantNames = tenantNamesByDbid(files);
  const tenantOf = (o: ImportedObject): string => {
    if (o.kind === "tenant") return o.name;
    if (o.tenant) return o.tenant;
    if (o.tenantDbid !== undefined) {
      return (
        tenantNames.get(o.tenantDbid) ??
        (o.tenantDbid === ENVIRONMENT_DBID ? ENVIRONMENT : `Tenant DBID ${o.tenantDbid}`)
      );
    }
    return ENVIRONMENT;
  };

  const drafts = mergeFiles(files, tenantOf);
  const keyed = assignKeys(drafts);
  const lookup = new Lookup(keyed);
  const implicit = new ImplicitObjects(lookup);

  const resolve = (
    kind: ConfigKind,
    tenant: string,
    ref: Ref,
    from: SourceLocation,
  ): ResolvedRef => {
    const found = lookup.find(kind, tenant, ref);
    if (found) return { ...ref, key: found };
    if (carried.has(kind)) return { ...ref, key: null };
    return { ...ref, key: implicit.create(kind, tenant, ref, from) };
  };

  const resolved: ConfigObject[] = keyed.map((o) => resolveObject(o, resolve));
  const all = [...resolved, ...implicit.objects];
  const usedTenants = new Set(all.map((o) => o.tenant));
  for (const t of all) if (t.kind === "tenant") usedTenants.delete(t.name);
  for (const name of usedTenants) all.push(implicit.tenant(name, all[0]!.source));

  return buildModel(files, all, carried);
}

function tenantNamesByDbid(files: readonly ImportedFile[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const file of files) {
    for (const o of file.objects) {
      if (o.kind === "tenant" && o.dbid !== undefined) names.set(o.dbid, o.name);
    }
  }
  return names;
}

function identityByName(o: ImportedObject, tenant: string): string {
  // Campaign group names are unique only within their campaign.
  const scope = o.kind === "campaignGroup" ? (o.campaign.name ?? `#${o.campaign.dbid}`) : "";
  return `${o.kind}\u0000${tenant}\u0000${scope}\u0000${o.name}`;
}

function mergeFiles(
  files: readonly ImportedFile[],
  tenantOf: (o: ImportedObject) => string,
): Draft[] {
  const drafts: Draft[] = [];
  const byDbid = new Map<string, number>();
  const byName = new Map<string, number>();
  files.forEach((file, fileIndex) => {
    for (const o of file.objects) {
      const tenant = tenantOf(o);
      const dbidKey = o.dbid === undefined ? undefined : `${o.kind}\u0000${o.dbid}`;
      const nameKey = identityByName(o, tenant);
      const at = (dbidKey !== undefined ? byDbid.get(dbidKey) : undefined) ?? byName.get(nameKey);
      const earlier = at === undefined ? undefined : drafts[at];
      if (at !== undefined && earlier && earlier.fileIndex !== fileIndex) {
        drafts[at] = mergeInto(earlier, o, fileIndex);
        continue;
      }
      const index = drafts.push({ ...o, tenant, alsoIn: [], fileIndex } as Draft) - 1;
      if (dbidKey !== undefined && !byDbid.has(dbidKey)) byDbid.set(dbidKey, index);
      if (!byName.has(nameKey)) byName.set(nameKey, index);
    }
  });
  return drafts;
}

/** Fields the later file gives win; absent, null and empty-list fields keep the earlier value. */
function mergeInto(earlier: Draft, later: ImportedObject, fileIndex: number): Draft {
  const merged: Record<string, unknown> = { ...earlier };
  for (const [field, value] of Object.entries(later)) {
    if (field === "source" || field === "tenant" || field === "extra") continue;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    merged[field] = value;
  }
  merged.extra = { ...earlier.extra, ...later.extra };
  merged.alsoIn = [...earlier.alsoIn, later.source];
  merged.fileIndex = fileIndex;
  return merged as Draft;
}

type Keyed = Draft & { key: ObjectKey };

function assignKeys(drafts: Draft[]): Keyed[] {
  const counters = new Map<ConfigKind, number>();
  return drafts.map((d) => {
    const n = counters.get(d.kind) ?? 0;
    counters.set(d.kind, n + 1);
    return { ...d, key: asObjectKey(`${d.kind}:${n}`) } as Keyed;
  });
}

/** Lookups by DBID and by tenant + name, built once: resolution stays linear in model size. */
class Lookup {
  private readonly byDbid = new Map<string, ObjectKey>();
  private readonly byName = new Map<string, ObjectKey>();

  constructor(
    objects: readonly {
      kind: ConfigKind;
      key: ObjectKey;
      dbid?: Dbid;
      tenant: string;
      name: string;
    }[],
  ) {
    for (const o of objects) this.add(o);
  }

  add(o: { kind: ConfigKind; key: ObjectKey; dbid?: Dbid; tenant: string; name: string }): void {
    if (o.dbid !== undefined) {
      const k = `${o.kind}\u0000${o.dbid}`;
      if (!this.byDbid.has(k)) this.byDbid.set(k, o.key);
    }
    const n = `${o.kind}\u0000${o.tenant}\u0000${o.name}`;
    if (!this.byName.has(n)) this.byName.set(n, o.key);
  }

  find(kind: ConfigKind, tenant: string, ref: Ref): ObjectKey | undefined {
    if (ref.dbid !== undefined) {
      const found = this.byDbid.get(`${kind}\u0000${ref.dbid}`);
      if (found) return found;
    }
    if (ref.name !== undefined) return this.byName.get(`${kind}\u0000${tenant}\u0000${ref.name}`);
    return undefined;
  }
}

/** Objects known only because something refers to them. */
class ImplicitObjects {
  readonly objects: ConfigObject[] = [];
  private readonly counters = new Map<ConfigKind, number>();

  constructor(private readonly lookup: Lookup) {}

  create(kind: ConfigKind, tenant: string, ref: Ref, from: SourceLocation): ObjectKey {
    const found = this.lookup.find(kind, tenant, ref);
    if (found) return found;
    const name = ref.name ?? `(DBID ${ref.dbid ?? "?"})`;
    const base = this.base(kind, tenant, name, from, ref.dbid);
    const object = withEmptyContent(base);
    this.objects.push(object);
    this.lookup.add(object);
    return object.key;
  }

  tenant(name: string, from: SourceLocation): ConfigObject {
    return withEmptyContent(this.base("tenant", name, name, from, undefined));
  }

  private base(kind: ConfigKind, tenant: string, name: string, from: SourceLocation, dbid?: Dbid) {
    const n = this.counters.get(kind) ?? 0;
    this.counters.set(kind, n + 1);
    return {
      kind,
      key: asObjectKey(`${kind}:implicit:${n}`),
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

type Resolve = (kind: ConfigKind, tenant: string, ref: Ref, from: SourceLocation) => ResolvedRef;

function resolveObject(o: Keyed, resolve: Resolve): ConfigObject {
  const { fileIndex: _fileIndex, tenantDbid: _tenantDbid, ...rest } = o;
  const base = { ...rest, implicit: false };
  const at = o.source;
  switch (base.kind) {
    case "campaign":
      return {
        ...base,
        callingLists: base.callingLists.map((entry) => ({
          ...entry,
          callingList: resolve("callingList", base.tenant, entry.callingList, at),
        })),
      };
    case "campaignGroup": {
      const campaign = resolve("campaign", base.tenant, base.campaign, at);
      const group = base.group;
      if (!group) return { ...base, campaign, group: null };
      const kind: ConfigKind = group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup";
      let resolved = resolve(kind, base.tenant, group, at);
      if (resolved.key === null && group.groupType === null) {
        // The file does not say which kind of group: try place groups before giving up.
        const asPlaceGroup = resolve("placeGroup", base.tenant, group, at);
        if (asPlaceGroup.key !== null) resolved = asPlaceGroup;
      }
      return { ...base, campaign, group: { ...resolved, groupType: group.groupType } };
    }
    case "agentGroup":
      return {
        ...base,
        agents: base.agents.map((ref) => resolve("person", base.tenant, ref, at)),
      };
    case "placeGroup":
      return {
        ...base,
        places: base.places.map((ref) => resolve("place", base.tenant, ref, at)),
      };
    default:
      return base as ConfigObject;
  }
}

function buildModel(
  files: readonly ImportedFile[],
  objects: ConfigObject[],
  carried: Set<ConfigKind>,
): ConfigModel {
  const byKey = new Map<ObjectKey, ConfigObject>();
  const byKind = Object.fromEntries(CONFIG_KINDS.map((k) => [k, [] as ConfigObject[]])) as {
    [K in ConfigKind]: ConfigObjectOf<K>[];
  };
  for (const o of objects) {
    byKey.set(o.key, o);
    (byKind[o.kind] as ConfigObject[]).push(o);
  }
  const loaded: LoadedFile[] = files.map((f) => {
    const counts = Object.fromEntries(CONFIG_KINDS.map((k) => [k, 0])) as Record<
      ConfigKind,
      number
    >;
    for (const o of f.objects) counts[o.kind] += 1;
    return { path: f.path, format: f.format, counts, skipped: f.skipped };
  });
  return { files: loaded, objects: byKey, byKind, carried };
}
