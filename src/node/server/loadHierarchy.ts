import { readFile } from "node:fs/promises";
import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { loadConfig } from "../../model/loadConfig";

/** Reads and merges configuration files into the campaign-pivot hierarchy. */
export async function loadHierarchy(files: readonly string[]): Promise<HierarchyNode> {
  const inputs = await Promise.all(
    files.map(async (path) => ({ path, content: await readFile(path) })),
  );
  return buildHierarchy(loadConfig(inputs), "campaign");
}
