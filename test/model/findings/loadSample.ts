import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { loadConfig } from "../../../src/model/loadConfig";

/** A file of mutagen's own test data, loaded under the path the CLI would give it. */
export function loadMutagenSample(name: string): { model: ConfigModel; path: string } {
  const path = `../shared/samples/mutagen/export-json/${name}`;
  const model = loadConfig([{ path, content: readFileSync(resolve(path)) }]);
  return { model, path };
}
