import type { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";

export const WIDE = 100_000;
export const DEEP = 20_000;

/**
 * Under the root, an agent group of `WIDE` agents (nodes 2 to `WIDE + 1`), then a chain of
 * `DEEP` places each inside the one before: wider than any screen and deeper than a recursion
 * survives.
 */
export function wideAndDeepHierarchy(): Hierarchy {
  const builder = new HierarchyBuilder();
  builder.open("root", "", null, null);
  builder.open("groupAgents", "g", "g", null);
  for (let i = 0; i < WIDE; i++) builder.leaf("agent", `agent${i}`, `agent${i}`, null);
  builder.close();
  for (let i = 0; i < DEEP; i++) builder.open("place", `p${i}`, `p${i}`, null);
  for (let i = 0; i < DEEP; i++) builder.close();
  builder.close();
  return builder.finish();
}
