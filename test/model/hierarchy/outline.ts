import type { HierarchyNode } from "../../../src/model/hierarchy/HierarchyNode";

/**
 * A hierarchy as indented lines, `kind name` plus ` = statId` where the Stat Server id differs
 * from the name, so specs can state a whole tree's shape in a few readable lines.
 */
export function outline(node: HierarchyNode, depth = 0): string[] {
  const id =
    node.statId === null ? " = (none)" : node.statId !== node.name ? ` = ${node.statId}` : "";
  const line = `${"  ".repeat(depth)}${node.kind} ${node.name}${id}`;
  return [line, ...node.children.flatMap((child) => outline(child, depth + 1))];
}
