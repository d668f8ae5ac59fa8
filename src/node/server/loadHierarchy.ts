import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ConfigModel } from "../../model/config/ConfigModel";
import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { loadConfig } from "../../model/loadConfig";

export interface LoadedHierarchy {
  readonly model: ConfigModel;
  readonly root: HierarchyNode;
  readonly files: readonly { readonly name: string; readonly content: Uint8Array }[];
}

/** Reads and merges configuration files into the campaign-pivot hierarchy. */
export async function loadHierarchy(paths: readonly string[]): Promise<LoadedHierarchy> {
  const inputs = await Promise.all(
    paths.map(async (path) => ({ path, content: new Uint8Array(await readFile(path)) })),
  );
  const model = loadConfig(inputs);
  return {
    model,
    root: buildHierarchy(model, "campaign"),
    files: inputs.map((input) => ({ name: basename(input.path), content: input.content })),
  };
}
