import type { ImportedFile } from "../config/ConfigModel";
import { PsdkObjectReader } from "./PsdkObjectReader";
import { readPsdkXml } from "./readPsdkXml";

/** Reads Configuration Server XML: Platform SDK objects with DBID references. */
export function importPsdkXml(file: string, text: string): ImportedFile {
  const reader = new PsdkObjectReader(file, "psdk-xml");
  readPsdkXml(file, text, (typeName, fields, position) => reader.read(typeName, fields, position));
  return reader.finish();
}
