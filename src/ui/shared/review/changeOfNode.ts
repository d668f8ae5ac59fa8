import type { ConfigKind } from "../../../model/config/kinds";
import type { ObjectChange } from "../../../model/diff/ModelDiff";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { NodeKind } from "../../../model/hierarchy/NodeKind";
import type { Review } from "./ReviewContext";

/** The node kind that draws each kind of object (a person is drawn as an agent). */
export const NODE_OF_KIND: Readonly<Record<ConfigKind, NodeKind>> = {
  tenant: "tenant",
  campaign: "campaign",
  campaignGroup: "campaignGroup",
  callingList: "callingList",
  agentGroup: "groupAgents",
  placeGroup: "groupPlaces",
  person: "agent",
  place: "place",
};

/**
 * The change to mark on a node, if its object changed and the change's type is shown. A
 * campaign calling list node points at its campaign but is not the campaign: it takes no mark.
 */
export function changeOfNode(
  hierarchy: Hierarchy,
  node: NodeId,
  review: Review | null,
): ObjectChange | null {
  if (!review?.comparison) return null;
  const object = hierarchy.object(node);
  if (object === null) return null;
  const change = review.comparison.byObject.get(object);
  if (!change || NODE_OF_KIND[change.kind] !== hierarchy.kind(node)) return null;
  return review.shownTypes.has(change.type) ? change : null;
}
