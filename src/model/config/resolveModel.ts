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
// - A campaign's own list of its groups (pre-7.5 data) becomes campaign groups once every
//   reference is resolved: only then is a group given both ways known to be one.

import { keepShape } from "../keepShape";
import type { ObjectKey } from "./ids";
import { ImplicitObjects } from "./ImplicitObjects";
import { KeyCounter } from "./KeyCounter";
import { listedCampaignGroups } from "./listedCampaignGroups";
import { CONFIG_KINDS, type ConfigKind } from "./kinds";
import type { ConfigModel, ImportedFile, LoadedFile } from "./ConfigModel";
import { ObjectLookup } from "./ObjectLookup";
import { ObjectsByKey } from "./ObjectsByKey";
import type { ConfigObject, ConfigObjectOf, ImportedObject, SourceLocation } from "./objects";
import { placeObject, unresolvedCopy } from "./placeObject";
import { ReferenceResolver } from "./ReferenceResolver";
import { resolveReferences } from "./resolveReferences";
import { TenantNames } from "./TenantNames";

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
  const tenants = new TenantNames(files);

  const keys = new KeyCounter();
  const lookup = new ObjectLookup();
  const placed =
    files.length === 1
      ? placeOneFile(files[0]!, tenants, keys, lookup)
      : placeMerged(files, tenants, keys, lookup);
  const implicit = new ImplicitObjects(lookup, keys);

  const refs = new ReferenceResolver(lookup, implicit, carried);

  // Each object is resolved and indexed in one pass: in a large configuration every pass
  // over all of them is paid in memory traffic alone.
  const index = new ModelIndex();
  for (let i = 0; i < placed.length; i++) index.add(resolveReferences(placed[i]!, refs));
  for (const o of implicit.objects) index.add(o);
  const listed = listedCampaignGroups(
    index.byKind.campaign,
    index.byKind.campaignGroup,
    index.byKey,
    keys,
  );
  for (const o of listed) index.add(o);
  // Every object, implicit ones included, went through the lookup, which kept their tenants
  // in order of first appearance: no pass over every object's tenant name is needed.
  const usedTenants = new Set<string>(lookup.tenants);
  for (const t of index.byKind.tenant) usedTenants.delete(t.name);
  for (const name of usedTenants) index.add(implicit.tenant(name, placed[0]!.source));

  return {
    files: files.map(loadedFile),
    objects: index.byKey,
    byKind: index.byKind,
    carried,
  };
}

function identityByName(o: ImportedObject, tenant: string): string {
  // Campaign group names are unique only within their campaign.
  const scope = o.kind === "campaignGroup" ? (o.campaign.name ?? `#${o.campaign.dbid}`) : "";
  return `${o.kind}\u0000${tenant}\u0000${scope}\u0000${o.name}`;
}

/**
 * The objects of a single file, placed and added to `lookup`: nothing to merge, so no
 * identity tables. Each object is placed as it is, unless an earlier `resolveModel` placed it
 * already (then a copy is).
 */
function placeOneFile(
  file: ImportedFile,
  tenants: TenantNames,
  keys: KeyCounter,
  lookup: ObjectLookup,
): ImportedObject[] {
  const placed = new Array<ImportedObject>(file.objects.length);
  for (let i = 0; i < file.objects.length; i++) {
    const imported = file.objects[i]!;
    const o = imported.key === undefined ? imported : unresolvedCopy(imported);
    const key = keys.next();
    const tenant = tenants.of(o);
    placed[i] = placeObject(o, key, tenant, IN_ONE_FILE);
    lookup.add(o.kind, key, o.dbid, tenant, o.name);
  }
  return placed;
}

/**
 * The objects of several files, the same object in two files merged into one, placed and
 * added to `lookup`. An
 * object found in one file only is placed as it is, unless an earlier `resolveModel` placed it
 * already; a merged object is a new one, with its own copies of the files' references.
 */
function placeMerged(
  files: readonly ImportedFile[],
  tenants: TenantNames,
  keys: KeyCounter,
  lookup: ObjectLookup,
): ImportedObject[] {
  const entries: Entry[] = [];
  const byDbid = new Map<string, Entry>();
  const byName = new Map<string, Entry>();
  files.forEach((file, fileIndex) => {
    for (const o of file.objects) {
      const tenant = tenants.of(o);
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
        key: keys.next(),
        alsoIn: IN_ONE_FILE,
        fileIndex,
      };
      entries.push(entry);
      if (dbidKey !== undefined && !byDbid.has(dbidKey)) byDbid.set(dbidKey, entry);
      if (!byName.has(nameKey)) byName.set(nameKey, entry);
    }
  });
  return entries.map((e) => {
    const own = e.alsoIn === IN_ONE_FILE && e.object.key === undefined;
    const o = placeObject(own ? e.object : unresolvedCopy(e.object), e.key, e.tenant, e.alsoIn);
    lookup.add(o.kind, e.key, o.dbid, e.tenant, o.name);
    return o;
  });
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

/** The model's objects by key and by kind, in model order (which is key order). */
class ModelIndex {
  readonly byKey = new ObjectsByKey();
  readonly byKind = Object.fromEntries(CONFIG_KINDS.map((k) => [k, [] as ConfigObject[]])) as {
    [K in ConfigKind]: ConfigObjectOf<K>[];
  };
  // Files hold their objects a section (one kind) at a time: the list of the kind before is
  // kept rather than looked up by name for each object.
  private kind: ConfigKind | undefined;
  private list: ConfigObject[] = [];

  add(o: ConfigObject): void {
    this.byKey.add(o);
    if (o.kind !== this.kind) this.list = this.byKind[(this.kind = o.kind)];
    this.list.push(o);
  }
}

keepShape(new ModelIndex());

function loadedFile(f: ImportedFile): LoadedFile {
  const counts = Object.fromEntries(CONFIG_KINDS.map((k) => [k, 0])) as Record<ConfigKind, number>;
  // Counted a run of one kind at a time, as files hold them.
  let run: ConfigKind | undefined;
  let n = 0;
  for (const o of f.objects) {
    if (o.kind === run) {
      n++;
      continue;
    }
    if (run !== undefined) counts[run] += n;
    run = o.kind;
    n = 1;
  }
  if (run !== undefined) counts[run] += n;
  return { path: f.path, format: f.format, counts, skipped: f.skipped };
}
