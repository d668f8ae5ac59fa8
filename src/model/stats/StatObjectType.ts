import type { NodeKind } from "../hierarchy/NodeKind";

/**
 * The object types a statistic is keyed by. The four campaign types are Stat Server's
 * campaign object types; the others are its agent/place types. Both OCS and the Statistics
 * API identify objects by (type, Stat Server id), so this pair is the only key the live side
 * needs.
 */
export const STAT_OBJECT_TYPES = [
  "Tenant",
  "Campaign",
  "CampaignGroup",
  "CampaignCallingList",
  "CallingList",
  "GroupAgents",
  "GroupPlaces",
  "Agent",
  "Place",
] as const;
export type StatObjectType = (typeof STAT_OBJECT_TYPES)[number];

const BY_NODE_KIND: Readonly<Record<NodeKind, StatObjectType | null>> = {
  root: null,
  unassigned: null,
  tenant: "Tenant",
  campaign: "Campaign",
  campaignGroup: "CampaignGroup",
  campaignCallingList: "CampaignCallingList",
  callingList: "CallingList",
  groupAgents: "GroupAgents",
  groupPlaces: "GroupPlaces",
  agent: "Agent",
  place: "Place",
};

/** The Stat Server object type of a hierarchy node; null for the structural nodes. */
export function statObjectTypeOf(kind: NodeKind): StatObjectType | null {
  return BY_NODE_KIND[kind];
}
