/** The kinds of node in the Stat Server campaign hierarchy, plus the structural ones. */
export const NODE_KINDS = [
  "root",
  "tenant",
  "campaign",
  "campaignGroup",
  "groupAgents",
  "groupPlaces",
  "agent",
  "place",
  "campaignCallingList",
  "callingList",
  "unassigned",
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** How the hierarchy is rooted: by campaign (Stat Server's view), by calling list, or by group. */
export type Pivot = "campaign" | "callingList" | "group";
