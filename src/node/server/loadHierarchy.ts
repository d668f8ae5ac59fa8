import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { redactSecrets } from "../../model/import/redactSecrets";
import { analyseInputs } from "../../model/pipeline/analyseInputs";

export interface LoadedHierarchy {
  readonly model: ConfigModel;
  readonly hierarchy: Hierarchy;
  /** The files to serve to the app: each as it was read, less every secret field. */
  readonly files: readonly { readonly name: string; readonly content: Uint8Array }[];
}

const encoder = new TextEncoder();

/**
 * Reads and merges configuration files into the campaign-pivot hierarchy, and the files'
 * content the app may be given: never a secret the files held.
 */
export async function loadHierarchy(paths: readonly string[]): Promise<LoadedHierarchy> {
  const inputs = await Promise.all(
    paths.map(async (path) => ({ path, content: new Uint8Array(await readFile(path)) })),
  );
  const { model, hierarchy } = analyseInputs(inputs, { pivot: "campaign", settings: null });
  return {
    model,
    hierarchy,
    files: inputs.map((input) => ({
      name: basename(input.path),
      content: encoder.encode(redactSecrets(input.path, input.content)),
    })),
  };
}
