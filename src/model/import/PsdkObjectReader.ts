import type { ImportedFile } from "../config/ConfigModel";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
} from "../config/enums";
import type { ConfigKind } from "../config/kinds";
import type { ImportedObject, SourceLocation } from "../config/objects";
import type { CompilingSchema } from "./CompilingSchema";
import { campaignGroupInfos } from "./campaignGroupInfos";
import { enumValue } from "./enumField";
import { unmodelledFields, type ConvertContext } from "./extraFields";
import { flagValue } from "./psdkFields";
import {
  RAW_CHECKS,
  RAW_SCHEMAS,
  RAW_USUAL_CHECKS,
  XML_CHECKS,
  psdkKind,
  type PsdkObject,
} from "./psdkSchemas";
import { SchemaProblems } from "./SchemaProblems";
import { plural } from "../plural";
import { keepShape } from "../keepShape";

const UNMODELLED = unmodelledFields(RAW_SCHEMAS, "CfgGroup");

type Converter<K extends ConfigKind> = (o: PsdkObject<K>, ctx: ConvertContext) => ImportedObject;

const CONVERT: { readonly [K in ConfigKind]: Converter<K> } = {
  tenant: (o, ctx) => ({
    kind: "tenant",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "tenant"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: o.name,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
  }),
  campaign: (o, ctx) => ({
    kind: "campaign",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "campaign"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    description: o.description,
    callingLists: (o.callingLists ?? []).map((entry) => ({
      callingList: { dbid: entry.callingListDBID, key: undefined },
      share: entry.share ?? 10,
      isActive: flagValue(entry.isActive) ?? true,
    })),
    campaignGroups: campaignGroupInfos(o.campaignGroups),
  }),
  campaignGroup: (o, ctx) => ({
    kind: "campaignGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "campaignGroup"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    campaign: { dbid: o.campaignDBID, key: undefined },
    // DBID 0 is Configuration Server's "no object".
    group: o.groupDBID
      ? {
          dbid: o.groupDBID,
          groupType: enumValue(GROUP_TYPE, o.groupType) ?? null,
          key: undefined,
        }
      : null,
    dialMode: enumValue(DIAL_MODE, o.dialMode),
    optMethod: enumValue(OPTIMIZATION_METHOD, o.optMethod),
    optMethodValue: o.optMethodValue,
    operationMode: enumValue(OPERATION_MODE, o.operationMode),
    numOfChannels: o.numOfChannels,
    minRecBuffSize: o.minRecBuffSize,
    optRecBuffSize: o.optRecBuffSize,
    description: o.description,
  }),
  callingList: (o, ctx) => ({
    kind: "callingList",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "callingList"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    timeFrom: o.timeFrom,
    timeUntil: o.timeUntil,
    maxAttempts: o.maxAttempts,
  }),
  agentGroup: (o, ctx) => ({
    kind: "agentGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.ofGroup(ctx, "agentGroup"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.CfgGroup.DBID,
    tenant: "",
    tenantDbid: o.CfgGroup.tenantDBID,
    name: o.CfgGroup.name,
    state: enumValue(OBJECT_STATE, o.CfgGroup.state) ?? "Enabled",
    agents: (o.agentDBIDs ?? []).map((dbid) => ({ dbid, key: undefined })),
  }),
  placeGroup: (o, ctx) => ({
    kind: "placeGroup",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.ofGroup(ctx, "placeGroup"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.CfgGroup.DBID,
    tenant: "",
    tenantDbid: o.CfgGroup.tenantDBID,
    name: o.CfgGroup.name,
    state: enumValue(OBJECT_STATE, o.CfgGroup.state) ?? "Enabled",
    places: (o.placeDBIDs ?? []).map((dbid) => ({ dbid, key: undefined })),
  }),
  person: (o, ctx) => ({
    kind: "person",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "person"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.userName ?? "",
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    employeeId: o.employeeID,
    firstName: o.firstName,
    lastName: o.lastName,
    // Only a person the file says is not one is taken for a non-agent (CfgFlag 1, CFGFalse).
    isAgent: flagValue(o.isAgent) ?? true,
  }),
  place: (o, ctx) => ({
    kind: "place",
    key: undefined,
    source: ctx.source,
    extra: UNMODELLED.of(ctx, "place"),
    alsoIn: undefined,
    implicit: undefined,
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
  }),
};

/** Where an object starts, in formats that say (XML). */
export interface PsdkPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Turns objects in the Platform SDK structure (from mutagen RAW, Configuration Server XML or
 * `$class` JSON)
 * into model objects with DBID references, one at a time as the format reader meets them, so
 * that a reader need not hold every object's fields before converting any: the fields of one
 * object are garbage as soon as it is converted. The tenant is left as a DBID for the
 * resolver to name. Types the model does not use are skipped and listed.
 */
export class PsdkObjectReader {
  private readonly problems: SchemaProblems;
  private readonly checks: typeof RAW_CHECKS;
  /** Tried first (see `SchemaProblems.check`): XML values are all text, so XML has none. */
  private readonly usual: typeof RAW_USUAL_CHECKS | undefined;
  private readonly objects: ImportedObject[] = [];
  private readonly carries = new Set<ConfigKind>();
  /** Objects read per type name, in the order the types first appear. */
  private readonly counts = new Map<string, number>();
  private lastType: string | undefined;
  private lastKind: ConfigKind | undefined;
  /**
   * Objects read so far of `lastType`, kept here while its objects come one after another
   * and written to `counts` when another type starts: not two Map operations per object.
   */
  private lastCount = 0;

  constructor(
    private readonly file: string,
    private readonly format: "mutagen-raw" | "psdk-xml" | "psdk-json",
  ) {
    this.problems = new SchemaProblems(file);
    this.checks = format === "psdk-xml" ? XML_CHECKS : RAW_CHECKS;
    this.usual = format === "psdk-xml" ? undefined : RAW_USUAL_CHECKS;
  }

  /** A type the file has, possibly with no objects: its kind counts as carried all the same. */
  section(typeName: string): ConfigKind | undefined {
    if (typeName !== this.lastType) {
      if (this.lastType !== undefined) this.counts.set(this.lastType, this.lastCount);
      this.lastType = typeName;
      this.lastKind = psdkKind(typeName);
      this.lastCount = this.counts.get(typeName) ?? 0;
      if (!this.counts.has(typeName)) this.counts.set(typeName, 0);
      if (this.lastKind !== undefined) this.carries.add(this.lastKind);
    }
    return this.lastKind;
  }

  /** `count` objects of `typeName` follow (a list read whole): see `CompilingSchema.expect`. */
  expect(typeName: string, count: number): void {
    const kind = this.section(typeName);
    if (kind === undefined) return;
    (this.usual ?? this.checks)[kind].expect(count);
  }

  /** One object of `typeName`; `fields` as the format gave them. */
  read(typeName: string, fields: unknown, position?: PsdkPosition): void {
    const kind = this.section(typeName);
    const index = this.lastCount++;
    if (kind === undefined) return;
    const checks: CompilingSchema<(typeof RAW_SCHEMAS)[ConfigKind]> = this.checks[kind];
    const parsed = this.problems.check(
      checks,
      fields,
      typeName,
      index,
      position,
      this.usual?.[kind],
    );
    if (parsed === undefined) return;
    const { file } = this;
    const source: SourceLocation =
      position === undefined
        ? { file, path: typeName, index }
        : { file, path: typeName, index, line: position.line, column: position.column };
    const convert = CONVERT[kind] as Converter<ConfigKind>;
    this.objects.push(convert(parsed, { raw: fields as Record<string, unknown>, source }));
  }

  /** The file read, or `ConfigImportError` with the first problem and how many more. */
  finish(): ImportedFile {
    this.problems.throwIfAny();
    if (this.lastType !== undefined) this.counts.set(this.lastType, this.lastCount);
    const skipped: string[] = [];
    for (const [typeName, count] of this.counts) {
      if (count > 0 && psdkKind(typeName) === undefined) {
        skipped.push(`${typeName}: ${plural(count, "object")}`);
      }
    }
    return {
      path: this.file,
      format: this.format,
      carries: [...this.carries],
      objects: this.objects,
      skipped,
    };
  }
}

keepShape(new PsdkObjectReader("", "mutagen-raw"));
