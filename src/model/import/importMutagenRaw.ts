import type { ImportedFile } from "../config/ConfigModel";
import { describeValue } from "./describeValue";
import { PsdkObjectReader } from "./PsdkObjectReader";
import { SchemaProblems } from "./SchemaProblems";

const METADATA = "__metadata__";

/**
 * Reads a mutagen RAW export: one top-level key per Configuration Server type (`CFGCampaign`),
 * each holding that type's objects in the Platform SDK structure.
 */
export function importMutagenRaw(file: string, document: Record<string, unknown>): ImportedFile {
  const problems = new SchemaProblems(file);
  const reader = new PsdkObjectReader(file, "mutagen-raw");
  for (const typeName of Object.keys(document)) {
    if (typeName === METADATA) continue;
    const value = document[typeName];
    // The XML-to-JSON conversion behind RAW drops the array around a single object too.
    const list = Array.isArray(value)
      ? value
      : typeof value === "object" && value !== null
        ? [value]
        : undefined;
    if (list === undefined) {
      problems.add([typeName], `expected a list of objects, got ${describeValue(value)}`);
      continue;
    }
    reader.expect(typeName, list.length);
    for (const fields of list as unknown[]) reader.read(typeName, fields);
  }
  problems.throwIfAny();
  return reader.finish();
}
