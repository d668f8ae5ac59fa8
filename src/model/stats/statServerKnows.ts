import type { NodeId } from "../config/ids";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import type { NodeKind } from "../hierarchy/NodeKind";

/** The node kinds whose statistics are opened: every campaign and agent/place object type. */
const ASKED: ReadonlySet<NodeKind> = new Set([
  "campaign",
  "campaignGroup",
  "campaignCallingList",
  "callingList",
  "groupAgents",
  "groupPlaces",
  "agent",
  "place",
]);

/** Whether Stat Server is asked about this node at all: an object type it serves, with an id. */
export function statServerAsked(hierarchy: Hierarchy, node: NodeId): boolean {
  return ASKED.has(hierarchy.kind(node)) && hierarchy.statId(node) !== null;
}

/**
 * Whether Stat Server would open statistics for this node's Stat Server id; false for a node
 * it is never asked about (no Stat Server id, or a structural node).
 *
 * (inferred, the product's premise) Stat Server finds a campaign group only by
 * `<campaign>@<group>`, and a CfgCampaignGroup whose own name differs from that id is not
 * found. A group with no name of its own (listed on its campaign, as before release 7.5) is
 * known by the composed id. Every other object type is known by the id the hierarchy gives
 * it: the nodes exist because the configuration holds the objects, and an agent's id is its
 * employee ID (an agent without one has no id and is never asked about).
 */
export function statServerKnows(hierarchy: Hierarchy, node: NodeId): boolean {
  if (!statServerAsked(hierarchy, node)) return false;
  if (hierarchy.kind(node) === "campaignGroup") {
    const name = hierarchy.name(node);
    return name === "" || name === hierarchy.statId(node);
  }
  return true;
}
