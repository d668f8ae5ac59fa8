import { asNodeId, type NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import { NODE_KINDS } from "../../../model/hierarchy/NodeKind";
import { GRID_KIND_INFO, type GridKind } from "./gridKinds";

/**
 * The nodes of one kind in tree order: the grid's rows before any filter or sort. A shared
 * object is listed at its first appearance only.
 */
export function gridRows(hierarchy: Hierarchy, kind: GridKind): NodeId[] {
  const rows: NodeId[] = [];
  const code = NODE_KINDS.indexOf(kind);
  const kinds = hierarchy.columns.kind;
  const once = GRID_KIND_INFO[kind].sharedObject;
  const seen = once ? new Set<number>() : null;
  for (let n = 0; n < hierarchy.size; n += 1) {
    if (kinds[n] !== code) continue;
    const node = asNodeId(n);
    const object = hierarchy.object(node);
    if (seen === null || object === null) rows.push(node);
    else if (!seen.has(object)) {
      seen.add(object);
      rows.push(node);
    }
  }
  return rows;
}
