import { asNodeId, type NodeId } from "../../../src/model/config/ids";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";

/**
 * A hierarchy (or the subtree of one node) as indented lines, `kind name` plus ` = statId`
 * where the Stat Server id differs from the name, so specs can state a whole tree's shape in
 * a few readable lines.
 */
export function outline(hierarchy: Hierarchy, top: NodeId = Hierarchy.ROOT): string[] {
  const lines: string[] = [];
  const base = hierarchy.depth(top);
  for (let n = top; n < hierarchy.end(top); n++) {
    const node = asNodeId(n);
    const name = hierarchy.name(node);
    const statId = hierarchy.statId(node);
    const id = statId === null ? " = (none)" : statId !== name ? ` = ${statId}` : "";
    lines.push(`${"  ".repeat(hierarchy.depth(node) - base)}${hierarchy.kind(node)} ${name}${id}`);
  }
  return lines;
}
