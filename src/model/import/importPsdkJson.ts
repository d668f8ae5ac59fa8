import type { ImportedFile } from "../config/ConfigModel";
import { describeValue } from "./describeValue";
import { PsdkObjectReader } from "./PsdkObjectReader";
import { ConfigImportError } from "./ConfigImportError";
import {
  PSDK_JSON_ANSWER,
  PSDK_JSON_FOLDER,
  PSDK_JSON_OBJECT,
  PSDK_JSON_REQUIRED,
} from "./psdkJsonSchemas";
import { SchemaProblems } from "./SchemaProblems";

/** What a folder of each CfgObjectType holds, for items that do not give their `$class`. */
const FOLDER_CONTENT: ReadonlyMap<string, string> = new Map([
  ["3", "CfgPerson"],
  ["4", "CfgPlace"],
  ["5", "CfgAgentGroup"],
  ["6", "CfgPlaceGroup"],
  ["7", "CfgTenant"],
  ["26", "CfgCallingList"],
  ["27", "CfgCampaign"],
  ["38", "CfgCampaignGroup"],
]);

/**
 * A field's name in the Platform SDK structure the PSDK schemas read: this JSON names DBIDs
 * `id` and references `campaignId`, `agentIds` where PSDK has `DBID`, `campaignDBID`,
 * `agentDBIDs`; a group's common part is `groupInfo` (PSDK's getter) rather than `CfgGroup`;
 * a campaign's calling-list entries give their share as `weight`.
 */
function psdkFieldName(name: string): string {
  if (name === "id") return "DBID";
  if (name === "employeeId") return "employeeID";
  if (name === "groupInfo") return "CfgGroup";
  if (name === "weight") return "share";
  if (name.endsWith("Ids")) return `${name.slice(0, -3)}DBIDs`;
  if (name.endsWith("Id")) return `${name.slice(0, -2)}DBID`;
  return name;
}

/** An object's fields under their PSDK names, at any depth, without `$class` and `items`. */
function toPsdkFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPsdkFields);
  if (typeof value !== "object" || value === null) return value;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === "$class" || key === "items") continue;
    const name = psdkFieldName(key);
    // Defined, not assigned: a `__proto__` key from the file stays plain data.
    Object.defineProperty(fields, name, {
      value: toPsdkFields((value as Record<string, unknown>)[key]),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return fields;
}

/** A group given flat (`{"$class": "CfgAgentGroup", "id", "name", ...}`) gets its common part. */
function withGroupPart(typeName: string, fields: Record<string, unknown>): Record<string, unknown> {
  const lower = typeName.toLowerCase();
  if ((lower !== "cfgagentgroup" && lower !== "cfgplacegroup") || "CfgGroup" in fields) {
    return fields;
  }
  const { DBID, tenantDBID, name, state, ...rest } = fields;
  return { ...rest, CfgGroup: { DBID, tenantDBID, name, state } };
}

class PsdkJsonWalk {
  readonly problems: SchemaProblems;
  readonly reader: PsdkObjectReader;

  constructor(file: string) {
    this.problems = new SchemaProblems(file);
    this.reader = new PsdkObjectReader(file, "psdk-json");
  }

  /** A value where PSDK objects or folders are expected: one, or a list of them. */
  visit(value: unknown, path: readonly PropertyKey[], folderClass: string | undefined): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => this.visit(item, [...path, i], folderClass));
      return;
    }
    const parsed = PSDK_JSON_OBJECT.safeParse(value);
    if (!parsed.success) {
      this.problems.add(
        path,
        `expected a PSDK object ({"$class": "CfgCampaign", ...}) or a folder, got ${describeValue(value)}`,
      );
      return;
    }
    const object = value as Record<string, unknown>;
    const typeName = parsed.data.$class ?? folderClass;
    if (typeName === undefined) {
      this.problems.add(
        path,
        'an object with no "$class", in no folder that says what it holds: expected {"$class": "CfgCampaign", ...}',
      );
      return;
    }
    if (typeName.toLowerCase() === "cfgfolder") {
      const folder = PSDK_JSON_FOLDER.safeParse(value);
      if (!folder.success) {
        this.problems.add([...path, "items"], "a CfgFolder whose items are not a list");
        return;
      }
      const content = FOLDER_CONTENT.get(String(folder.data.type ?? ""));
      if (folder.data.items) this.visit(folder.data.items, [...path, "items"], content);
      return;
    }
    const required = PSDK_JSON_REQUIRED.get(typeName.toLowerCase());
    const checked = required?.safeParse(value);
    if (checked && !checked.success) {
      const issue = checked.error.issues[0]!;
      const field = issue.path[issue.path.length - 1];
      const input = issue.path.reduce<unknown>(
        (at, key) =>
          typeof at === "object" && at !== null
            ? (at as Record<PropertyKey, unknown>)[key]
            : undefined,
        value,
      );
      this.problems.add(
        [...path, ...issue.path],
        input === undefined
          ? `a ${typeName} with no ${JSON.stringify(String(field))}`
          : `a ${typeName} whose ${String(field)} is ${describeValue(input)}, not ${field === "name" ? "a text" : "an id"}`,
      );
      return;
    }
    const fields = withGroupPart(typeName, toPsdkFields(object) as Record<string, unknown>);
    this.reader.read(typeName, fields);
    if (parsed.data.items) this.visit(parsed.data.items, [...path, "items"], undefined);
  }
}

/**
 * Reads Platform SDK objects written as JSON with `$class` (Genesys web tooling such as CX
 * Contact, the Workspace API simulator's data): one object, a list of them, or an API answer
 * `{"status": {"code": 0}, "data": [...]}`, with objects nested in folders (`CfgFolder`,
 * children in `items`) at any depth, read as if the folders were not there. The objects are
 * the ones Configuration Server XML has, read by the same schemas once their fields are
 * given their PSDK names; references are DBIDs.
 */
export function importPsdkJson(file: string, document: unknown): ImportedFile {
  const walk = new PsdkJsonWalk(file);
  const answer = PSDK_JSON_ANSWER.safeParse(document);
  if (answer.success) {
    const { code, message } = answer.data.status;
    if (code !== 0) {
      throw new ConfigImportError(
        `a Genesys API answer with status code ${code}${message ? ` (${JSON.stringify(message)})` : ""}: it holds no configuration`,
        { file, path: "status.code" },
      );
    }
    if (answer.data.data === undefined) {
      throw new ConfigImportError(
        'a Genesys API answer ({"status", "data"}) with no "data": expected a list of folders or PSDK objects ({"$class": "CfgCampaign", ...})',
        { file },
      );
    }
    walk.visit(answer.data.data, ["data"], undefined);
  } else {
    walk.visit(document, [], undefined);
  }
  walk.problems.throwIfAny();
  return walk.reader.finish();
}

/** Whether a parsed JSON document is PSDK objects with `$class` rather than a mutagen export. */
export function isPsdkJson(document: unknown): boolean {
  if (Array.isArray(document)) {
    return document.some(
      (item) => typeof item === "object" && item !== null && !Array.isArray(item),
    );
  }
  if (typeof document !== "object" || document === null) return false;
  if (Object.hasOwn(document, "__metadata__")) return false;
  return Object.hasOwn(document, "$class") || Object.hasOwn(document, "status");
}
