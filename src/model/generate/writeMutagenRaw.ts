import { toPsdkSections } from "./toPsdkSections";
import type { GenConfig } from "./GeneratedConfig";
import type { PsdkElement, PsdkValue } from "./toPsdkSections";

/**
 * mutagen RAW: mutagen serialises each object to PSDK XML and converts that to JSON, so a list
 * becomes an object keyed by its item element name, and a list of one item is that item alone,
 * not an array (`"agentDBIDs": {"DBID": 120}`).
 */
export function writeMutagenRaw(config: GenConfig): string {
  const document: Record<string, unknown> = {
    __metadata__: {
      formatName: "RAW",
      formatVersion: "1.1.1",
      mutagenVersion: "2.2.2",
    },
  };
  for (const section of toPsdkSections(config)) {
    document[section.type] = section.objects.map(toJson);
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}

function toJson(element: PsdkElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of element.fields) out[name] = valueToJson(value);
  return out;
}

function valueToJson(value: PsdkValue): unknown {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("element" in value) return toJson(value);
  const items = value.items.map((item) => (typeof item === "number" ? item : toJson(item)));
  return { [value.item]: items.length === 1 ? items[0] : items };
}
