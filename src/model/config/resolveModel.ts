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
  CampaignCallingListEntry,
  CampaignGroup,
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

/**
 * The `alsoIn` of every object found in one file only: one frozen empty list shared by all
 * of them (a merge builds a new list), rather than an array per object.
 */
const IN_ONE_FILE: readonly SourceLocation[] = Object.freeze([]);

/** One object on its way into the model: the importer's object, its tenant and its key. */
interface Entry {
  object: ImportedObject;
  readonly tenant: string;
  readonly key: ObjectKey;
  alsoIn: readonly SourceLocation[];
  fileIndex: number;
}

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

  const keys = new KeyCounter();
  const entries = mergeFiles(files, tenantOf, keys);
  const lookup = new Lookup();
  for (const e of entries) lookup.add(e.object.kind, e.key, e.object.dbid, e.tenant, e.object.name);
  const implicit = new ImplicitObjects(lookup, keys);

  const resolve: Resolve = (kind, tenant, refs, from) => {
    const dbids = lookup.dbids(kind);
    const names = lookup.names(kind, tenant);
    const resolved: ResolvedRef[] = new Array<ResolvedRef>(refs.length);
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const found =
        (ref.dbid !== undefined ? dbids?.get(ref.dbid) : undefined) ??
        (ref.name !== undefined ? names?.get(ref.name) : undefined);
      const key = found ?? (carried.has(kind) ? null : implicit.create(kind, tenant, ref, from));
      resolved[i] = withKey(ref, key);
    }
    return resolved;
  };

  const all: ConfigObject[] = entries.map((e) => resolveObject(e, resolve));
  for (const o of implicit.objects) all.push(o);
  const usedTenants = new Set<string>();
  for (const o of all) usedTenants.add(o.tenant);
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

/** Keys are `<kind>:<n>`, numbered per kind in load order; implicit objects have their own run. */
class KeyCounter {
  private readonly counters = new Map<string, number>();

  next(kind: ConfigKind, run = ""): ObjectKey {
    // Most keys are of the main run: the kind itself names its counter, with no string built.
    const counter = run === "" ? kind : `${kind}${run}`;
    const n = this.counters.get(counter) ?? 0;
    this.counters.set(counter, n + 1);
    return asObjectKey(`${kind}${run}:${n}`);
  }
}

function identityByName(o: ImportedObject, tenant: string): string {
  // Campaign group names are unique only within their campaign.
  const scope = o.kind === "campaignGroup" ? (o.campaign.name ?? `#${o.campaign.dbid}`) : "";
  return `${o.kind}\u0000${tenant}\u0000${scope}\u0000${o.name}`;
}

function mergeFiles(
  files: readonly ImportedFile[],
  tenantOf: (o: ImportedObject) => string,
  keys: KeyCounter,
): Entry[] {
  const entries: Entry[] = [];
  // Merging only happens across files: a single file needs no identity tables at all.
  const merging = files.length > 1;
  const byDbid = new Map<string, Entry>();
  const byName = new Map<string, Entry>();
  files.forEach((file, fileIndex) => {
    for (const o of file.objects) {
      const tenant = tenantOf(o);
      if (!merging) {
        entries.push({ object: o, tenant, key: keys.next(o.kind), alsoIn: IN_ONE_FILE, fileIndex });
        continue;
      }
      const dbidKey = o.dbid === undefined ? undefined : `${o.kind}\u0000${o.dbid}`;
      const nameKey = identityByName(o, tenant);
      const earlier =
        (dbidKey !== undefined ? byDbid.get(dbidKey) : undefined) ?? byName.get(nameKey);
      if (earlier && earlier.fileIndex !== fileIndex) {
        mergeInto(earlier, o, fileIndex);
        continue;
      }
      const entry: Entry = {
        object: o,
        tenant,
        key: keys.next(o.kind),
        alsoIn: IN_ONE_FILE,
        fileIndex,
      };
      entries.push(entry);
      if (dbidKey !== undefined && !byDbid.has(dbidKey)) byDbid.set(dbidKey, entry);
      if (!byName.has(nameKey)) byName.set(nameKey, entry);
    }
  });
  return entries;
}

/** Fields the later file gives win; absent, null and empty-list fields keep the earlier value. */
function mergeInto(earlier: Entry, later: ImportedObject, fileIndex: number): void {
  const merged: Record<string, unknown> = { ...earlier.object };
  for (const [field, value] of Object.entries(later)) {
    if (field === "source" || field === "tenant" || field === "extra") continue;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    merged[field] = value;
  }
  merged.extra = { ...earlier.object.extra, ...later.extra };
  earlier.object = merged as ImportedObject;
  earlier.alsoIn = [...earlier.alsoIn, later.source];
  earlier.fileIndex = fileIndex;
}

/**
 * Lookups by DBID and by tenant + name, built once, so resolution stays linear in model size.
 * Nested maps rather than composed string keys: no string is built per lookup.
 */
class Lookup {
  private readonly byDbid = new Map<ConfigKind, Map<number, ObjectKey>>();
  private readonly byName = new Map<ConfigKind, Map<string, Map<string, ObjectKey>>>();

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
    let tenants = this.byName.get(kind);
    if (!tenants) this.byName.set(kind, (tenants = new Map()));
    let names = tenants.get(tenant);
    if (!names) tenants.set(tenant, (names = new Map()));
    if (!names.has(name)) names.set(name, key);
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

/** Objects known only because something refers to them. */
class ImplicitObjects {
  readonly objects: ConfigObject[] = [];

  constructor(
    private readonly lookup: Lookup,
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
      key: this.keys.next(kind, ":implicit"),
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

/**
 * The reference with its key. The importers' references are `{ name }` or `{ dbid }`, built
 * here as literals of those shapes: a spread per reference (hundreds of thousands of them)
 * cost a tenth of the stage. Any other reference keeps its fields through the spread.
 */
function withKey(ref: Ref, key: ObjectKey | null): ResolvedRef {
  if (ref.dbid === undefined && ref.name !== undefined) return { name: ref.name, key };
  if (ref.name === undefined && ref.dbid !== undefined) return { dbid: ref.dbid, key };
  return { ...ref, key };
}

/**
 * Resolves the references of one object to objects of one kind, in its tenant. The DBID and
 * name tables are looked up once per list rather than once per reference: a large
 * configuration has a hundred thousand group members.
 */
type Resolve = (
  kind: ConfigKind,
  tenant: string,
  refs: readonly Ref[],
  from: SourceLocation,
) => ResolvedRef[];

/**
 * The model's object, built as one literal with every field named: at 100k objects, spreading
 * wide objects (the importer's, then ours) cost several times the JSON parse itself, and
 * literals of one shape per kind keep V8's objects fast. The common fields are therefore
 * written out in each case: spreading a shared part into each literal instead took a quarter
 * longer (V8 copies a spread that is not first in a literal field by field, at run time). `tenantDbid` is the importer's,
 * answered by `tenant` now, so it is not carried along.
 */
function resolveObject(e: Entry, resolve: Resolve): ConfigObject {
  const o = e.object;
  const at = o.source;
  const t = e.tenant;
  switch (o.kind) {
    case "tenant":
      return {
        kind: "tenant",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        parentTenant: o.parentTenant,
      };
    case "campaign":
      return {
        kind: "campaign",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        description: o.description,
        callingLists: resolveCallingLists(o.callingLists, t, at, resolve),
      };
    case "campaignGroup":
      return {
        kind: "campaignGroup",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        campaign: resolve("campaign", t, [o.campaign], at)[0]!,
        group: resolveGroup(o, t, resolve),
        dialMode: o.dialMode,
        optMethod: o.optMethod,
        optMethodValue: o.optMethodValue,
        operationMode: o.operationMode,
        numOfChannels: o.numOfChannels,
        minRecBuffSize: o.minRecBuffSize,
        optRecBuffSize: o.optRecBuffSize,
        description: o.description,
      };
    case "callingList":
      return {
        kind: "callingList",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        timeFrom: o.timeFrom,
        timeUntil: o.timeUntil,
        maxAttempts: o.maxAttempts,
      };
    case "agentGroup":
      return {
        kind: "agentGroup",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        agents: resolve("person", t, o.agents, at),
      };
    case "placeGroup":
      return {
        kind: "placeGroup",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        places: resolve("place", t, o.places, at),
      };
    case "person":
      return {
        kind: "person",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
        employeeId: o.employeeId,
        firstName: o.firstName,
        lastName: o.lastName,
        isAgent: o.isAgent,
      };
    case "place":
      return {
        kind: "place",
        key: e.key,
        dbid: o.dbid,
        tenant: t,
        name: o.name,
        state: o.state,
        source: at,
        alsoIn: e.alsoIn,
        implicit: false,
        extra: o.extra,
      };
  }
}

function resolveCallingLists(
  entries: readonly CampaignCallingListEntry<Ref>[],
  tenant: string,
  at: SourceLocation,
  resolve: Resolve,
): CampaignCallingListEntry[] {
  const lists = resolve(
    "callingList",
    tenant,
    entries.map((entry) => entry.callingList),
    at,
  );
  return entries.map((entry, i) => ({
    callingList: lists[i]!,
    share: entry.share,
    isActive: entry.isActive,
  }));
}

function resolveGroup(
  o: Extract<ImportedObject, { kind: "campaignGroup" }>,
  tenant: string,
  resolve: Resolve,
): CampaignGroup["group"] {
  const group = o.group;
  if (!group) return null;
  const kind: ConfigKind = group.groupType === "PlaceGroup" ? "placeGroup" : "agentGroup";
  let resolved = resolve(kind, tenant, [group], o.source)[0]!;
  if (resolved.key === null && group.groupType === null) {
    // The file does not say which kind of group: try place groups before giving up.
    const asPlaceGroup = resolve("placeGroup", tenant, [group], o.source)[0]!;
    if (asPlaceGroup.key !== null) resolved = asPlaceGroup;
  }
  const { key } = resolved;
  const { groupType } = group;
  if (group.dbid === undefined && group.name !== undefined) {
    return { name: group.name, groupType, key };
  }
  if (group.name === undefined && group.dbid !== undefined) {
    return { dbid: group.dbid, groupType, key };
  }
  return { ...group, key, groupType };
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
