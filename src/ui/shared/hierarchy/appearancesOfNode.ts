import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/**
 * The nodes showing the same object as `node`, itself included, in tree order: itself alone
 * for a node with no object, or for a campaign calling list (its object is its campaign,
 * which it does not stand for).
 */
export function appearancesOfNode(hierarchy: Hierarchy, node: NodeId): readonly NodeId[] {
  const object = hierarchy.object(node);
  if (object === null || hierarchy.kind(node) === "campaignCallingList") return [node];
  return hierarchy.appearances(object);
}
