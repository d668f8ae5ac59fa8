import type { ImportedFile } from "../config/ConfigModel";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
} from "../config/enums";
import type { ConfigKind } from "../config/kinds";
import type { ConfigFormat, ImportedObject } from "../config/objects";
import type { CompilingSchema } from "./CompilingSchema";
import { describeValue } from "./describeValue";
import { enumValue } from "./enumField";
import { unmodelledFields, type ConvertContext } from "./extraFields";
import {
  MUTAGEN_JSON_CHECKS,
  MUTAGEN_JSON_SCHEMAS,
  MUTAGEN_JSON_SECTIONS,
  type MutagenJsonObject,
} from "./mutagenJsonSchemas";
import { SchemaProblems } from "./SchemaProblems";
import { plural } from "../plural";

const METADATA = "__metadata__";

const UNMODELLED = unmodelledFields(MUTAGEN_JSON_SCHEMAS, "group");

type Converter<K extends ConfigKind> = (
  o: MutagenJsonObject<K>,
  ctx: ConvertContext,
) => ImportedObject;

const CONVERT: { readonly [K in ConfigKind]: Converter<K> } = {
  tenant: (o, ctx) => ({
    kind: "tenant",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "tenant"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.name,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    parentTenant: o.parentTenant ?? undefined,
  }),
  campaign: (o, ctx) => ({
    kind: "campaign",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "campaign"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.tenant ?? "",
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    description: o.description ?? undefined,
    callingLists: (o.callingLists ?? []).map((entry) => ({
      callingList: { name: entry.callingList, key: undefined },
      share: entry.share ?? 10,
      isActive: entry.isActive ?? true,
    })),
  }),
  campaignGroup: (o, ctx) => ({
    kind: "campaignGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "campaignGroup"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.tenant ?? o.campaign.tenant ?? "",
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    campaign: { name: o.campaign.name, key: undefined },
    group: o.group
      ? {
          name: o.group.name,
          groupType: enumValue(GROUP_TYPE, o.group.groupType) ?? null,
          key: undefined,
        }
      : null,
    dialMode: enumValue(DIAL_MODE, o.dialMode),
    optMethod: enumValue(OPTIMIZATION_METHOD, o.optMethod),
    optMethodValue: o.optMethodValue ?? undefined,
    operationMode: enumValue(OPERATION_MODE, o.operationMode),
    numOfChannels: o.numOfChannels ?? undefined,
    minRecBuffSize: o.minRecBuffSize ?? undefined,
    optRecBuffSize: o.optRecBuffSize ?? undefined,
    description: o.description ?? undefined,
  }),
  callingList: (o, ctx) => ({
    kind: "callingList",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "callingList"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.tenant ?? "",
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    timeFrom: o.timeFrom ?? undefined,
    timeUntil: o.timeUntil ?? undefined,
    maxAttempts: o.maxAttempts ?? undefined,
  }),
  agentGroup: (o, ctx) => ({
    kind: "agentGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.ofGroup(ctx, "agentGroup"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.group.tenant ?? o.tenant ?? "",
    name: o.group.name,
    // mutagen leaves `state` out of a group that is enabled (agentGroups-config.json).
    state: enumValue(OBJECT_STATE, o.group.state) ?? "Enabled",
    agents: (o.agents ?? []).map((name) => ({ name, key: undefined })),
  }),
  placeGroup: (o, ctx) => ({
    kind: "placeGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.ofGroup(ctx, "placeGroup"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.group.tenant ?? o.tenant ?? "",
    name: o.group.name,
    state: enumValue(OBJECT_STATE, o.group.state) ?? "Enabled",
    places: (o.places ?? o.group.places ?? []).map((name) => ({ name, key: undefined })),
  }),
  person: (o, ctx) => ({
    kind: "person",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "person"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.tenant ?? "",
    name: o.userName ?? "",
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    employeeId: o.employeeId ?? undefined,
    firstName: o.firstName ?? undefined,
    lastName: o.lastName ?? undefined,
    // Only a person the file says is not one (`"agent": false`) is taken for a non-agent.
    isAgent: o.agent ?? true,
  }),
  place: (o, ctx) => ({
    kind: "place",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "place"),
    alsoIn: undefined,
    implicit: undefined,
    tenant: o.tenant ?? "",
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
  }),
};

/**
 * Reads the top-level members of a mutagen JSON (or COMPACT_JSON) export in the file's order:
 * one list per object type, objects referring to each other by name. Members of other types
 * are skipped and listed. A list may be given whole or in consecutive parts, so a large file
 * can be parsed and read a part at a time.
 */
export class MutagenJsonReader {
  readonly #file: string;
  readonly #problems: SchemaProblems;
  readonly #objects: ImportedObject[] = [];
  readonly #carries = new Set<ConfigKind>();
  readonly #skipped: string[] = [];

  constructor(file: string) {
    this.#file = file;
    this.#problems = new SchemaProblems(file);
  }

  /** A member given whole. */
  member(section: string, value: unknown): void {
    if (section === METADATA) return;
    if (Array.isArray(value)) {
      this.list(section, [value]);
      return;
    }
    if (MUTAGEN_JSON_SECTIONS.has(section)) {
      this.#problems.add([section], `expected a list, got ${describeValue(value)}`);
    } else this.#skipped.push(section);
  }

  /** A member whose value is a list, given as its elements in consecutive parts. */
  list(section: string, parts: Iterable<readonly unknown[]>): void {
    const kind = MUTAGEN_JSON_SECTIONS.get(section);
    let count = 0;
    if (kind === undefined) {
      for (const part of parts) count += part.length;
      this.#skipped.push(`${section}: ${plural(count, "object")}`);
      return;
    }
    this.#carries.add(kind);
    for (const part of parts) {
      this.#read(kind, section, part, count);
      count += part.length;
    }
  }

  /** The objects of `part`, whose first is object `offset` of the list. */
  #read(kind: ConfigKind, section: string, part: readonly unknown[], offset: number): void {
    const checks: CompilingSchema<(typeof MUTAGEN_JSON_SCHEMAS)[ConfigKind]> =
      MUTAGEN_JSON_CHECKS[kind];
    const convert = CONVERT[kind] as Converter<ConfigKind>;
    const file = this.#file;
    for (let i = 0; i < part.length; i++) {
      const raw: unknown = part[i];
      const index = offset + i;
      // The schemas have no transforms (see MUTAGEN_JSON_SCHEMAS): an object that fits is
      // read as it is. Most are answered without zod (`CompilingSchema.accepts`), so a long
      // list is no reason to compile the schema: only the objects zod is asked about count.
      if (!this.#problems.fits(checks, raw, section, index)) continue;
      const source = { file, path: section, index };
      this.#objects.push(convert(raw, { raw: raw as Record<string, unknown>, source }));
    }
  }

  /** What was read; throws `ConfigImportError` when an object did not fit its schema. */
  finish(format: ConfigFormat): ImportedFile {
    this.#problems.throwIfAny();
    const path = this.#file;
    return {
      path,
      format,
      carries: [...this.#carries],
      objects: this.#objects,
      skipped: this.#skipped,
    };
  }
}

/** Reads a parsed mutagen JSON (or COMPACT_JSON) export: see `MutagenJsonReader`. */
export function importMutagenJson(
  file: string,
  format: ConfigFormat,
  document: Record<string, unknown>,
): ImportedFile {
  const reader = new MutagenJsonReader(file);
  for (const section of Object.keys(document)) reader.member(section, document[section]);
  return reader.finish(format);
}
