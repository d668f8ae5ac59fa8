import type { ImportedFile } from "../config/ConfigModel";
import { importPsdkObjects } from "./importPsdkObjects";
import { readPsdkXml } from "./readPsdkXml";

/** Reads Configuration Server XML: Platform SDK objects with DBID references. */
export function importPsdkXml(file: string, text: string): ImportedFile {
  return importPsdkObjects(file, "psdk-xml", readPsdkXml(file, text));
}
