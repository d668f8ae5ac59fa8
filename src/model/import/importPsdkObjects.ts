import type { ImportedFile } from "../config/ConfigModel";
import {
  DIAL_MODE,
  GROUP_TYPE,
  OBJECT_STATE,
  OPERATION_MODE,
  OPTIMIZATION_METHOD,
} from "../config/enums";
import type { ConfigKind } from "../config/kinds";
import type { ConfigFormat, ImportedObject, SourceLocation } from "../config/objects";
import { enumValue } from "./enumField";
import { extraFields } from "./extraFields";
import { flagValue } from "./psdkFields";
import { PSDK_SCHEMAS, psdkKind, type PsdkObject } from "./psdkSchemas";
import { SchemaProblems } from "./SchemaProblems";

/** One object in the PSDK structure, as a format reader found it. */
export interface PsdkItem {
  readonly fields: unknown;
  readonly line?: number;
  readonly column?: number;
}

/** The objects of one Configuration Server type (`CFGCampaign` in RAW, `CfgCampaign` in XML). */
export interface PsdkSection {
  readonly typeName: string;
  readonly items: readonly PsdkItem[];
}

const KNOWN = new Map<ConfigKind, ReadonlySet<string>>(
  (Object.keys(PSDK_SCHEMAS) as ConfigKind[]).map((kind) => [
    kind,
    new Set(Object.keys(PSDK_SCHEMAS[kind].shape)),
  ]),
);
const KNOWN_GROUP = new Set(Object.keys(PSDK_SCHEMAS.agentGroup.shape.CfgGroup.shape));

interface Context {
  readonly raw: Record<string, unknown>;
  readonly source: SourceLocation;
}

function extraOf(ctx: Context, kind: ConfigKind): Readonly<Record<string, unknown>> {
  return extraFields([ctx.raw, KNOWN.get(kind)!]);
}

/** Groups nest their common part in `CfgGroup`; its unmodelled fields join `extra`. */
function groupExtraOf(ctx: Context, kind: "agentGroup" | "placeGroup") {
  return extraFields([ctx.raw, KNOWN.get(kind)!], [ctx.raw.CfgGroup, KNOWN_GROUP]);
}

type Converter<K extends ConfigKind> = (o: PsdkObject<K>, ctx: Context) => ImportedObject;

const CONVERT: { readonly [K in ConfigKind]: Converter<K> } = {
  tenant: (o, ctx) => ({
    kind: "tenant",
    source: ctx.source,
    extra: extraOf(ctx, "tenant"),
    dbid: o.DBID,
    tenant: o.name,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
  }),
  campaign: (o, ctx) => ({
    kind: "campaign",
    source: ctx.source,
    extra: extraOf(ctx, "campaign"),
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    description: o.description,
    callingLists: (o.callingLists ?? []).map((entry) => ({
      callingList: { dbid: entry.callingListDBID },
      share: entry.share ?? 10,
      isActive: flagValue(entry.isActive) ?? true,
    })),
  }),
  campaignGroup: (o, ctx) => ({
    kind: "campaignGroup",
    source: ctx.source,
    extra: extraOf(ctx, "campaignGroup"),
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    campaign: { dbid: o.campaignDBID },
    // DBID 0 is Configuration Server's "no object".
    group: o.groupDBID
      ? { dbid: o.groupDBID, groupType: enumValue(GROUP_TYPE, o.groupType) ?? null }
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
    source: ctx.source,
    extra: extraOf(ctx, "callingList"),
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
    source: ctx.source,
    extra: groupExtraOf(ctx, "agentGroup"),
    dbid: o.CfgGroup.DBID,
    tenant: "",
    tenantDbid: o.CfgGroup.tenantDBID,
    name: o.CfgGroup.name,
    state: enumValue(OBJECT_STATE, o.CfgGroup.state) ?? "Enabled",
    agents: (o.agentDBIDs ?? []).map((dbid) => ({ dbid })),
  }),
  placeGroup: (o, ctx) => ({
    kind: "placeGroup",
    source: ctx.source,
    extra: groupExtraOf(ctx, "placeGroup"),
    dbid: o.CfgGroup.DBID,
    tenant: "",
    tenantDbid: o.CfgGroup.tenantDBID,
    name: o.CfgGroup.name,
    state: enumValue(OBJECT_STATE, o.CfgGroup.state) ?? "Enabled",
    places: (o.placeDBIDs ?? []).map((dbid) => ({ dbid })),
  }),
  person: (o, ctx) => ({
    kind: "person",
    source: ctx.source,
    extra: extraOf(ctx, "person"),
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.userName ?? "",
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
    employeeId: o.employeeID,
    firstName: o.firstName,
    lastName: o.lastName,
    isAgent: flagValue(o.isAgent) ?? false,
  }),
  place: (o, ctx) => ({
    kind: "place",
    source: ctx.source,
    extra: extraOf(ctx, "place"),
    dbid: o.DBID,
    tenant: "",
    tenantDbid: o.tenantDBID,
    name: o.name,
    state: enumValue(OBJECT_STATE, o.state) ?? "Enabled",
  }),
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * Turns objects in the Platform SDK structure (from mutagen RAW or Configuration Server XML)
 * into model objects with DBID references. The tenant is left as a DBID for the resolver to
 * name. Types the model does not use are skipped and listed.
 */
export function importPsdkObjects(
  file: string,
  format: ConfigFormat,
  sections: readonly PsdkSection[],
): ImportedFile {
  const problems = new SchemaProblems(file);
  const objects: ImportedObject[] = [];
  const carries = new Set<ConfigKind>();
  const skipped: string[] = [];

  for (const { typeName, items } of sections) {
    const kind = psdkKind(typeName);
    if (kind === undefined) {
      if (items.length > 0) skipped.push(`${typeName}: ${plural(items.length, "object")}`);
      continue;
    }
    carries.add(kind);
    const schema = PSDK_SCHEMAS[kind];
    const convert = CONVERT[kind] as Converter<ConfigKind>;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const parsed = problems.check(schema, item.fields, [typeName, i], item);
      if (parsed === undefined) continue;
      const path = `${typeName}[${i}]`;
      const source: SourceLocation =
        item.line === undefined
          ? { file, path }
          : { file, path, line: item.line, column: item.column ?? 1 };
      objects.push(convert(parsed, { raw: item.fields as Record<string, unknown>, source }));
    }
  }
  problems.throwIfAny();
  return { path: file, format, carries: [...carries], objects, skipped };
}
