import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/** The names from the tenant down to the node's parent, for "also appears under …". */
export function nodePath(hierarchy: Hierarchy, node: NodeId): string {
  return hierarchy
    .ancestors(node)
    .map((a) => hierarchy.name(a))
    .join(" › ");
}
