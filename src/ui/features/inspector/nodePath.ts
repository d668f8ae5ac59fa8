import type { NodePath } from "../../../model/config/ids";
import type { NodeIndex } from "../../shared/hierarchy/NodeIndex";
import { ancestorsOf } from "../../shared/hierarchy/NodeIndex";

/** The names from the tenant down to the node's parent, for "also appears under …". */
export function nodePath(index: NodeIndex, id: NodePath): string {
  return ancestorsOf(index, id)
    .map((a) => index.nodes.get(a)?.name ?? "")
    .join(" › ");
}
