import type { NodeKind } from "../../../model/hierarchy/NodeKind";

/** Stat Server's and the supervisor's names for each kind of node. */
export const NODE_KIND_LABEL: Record<NodeKind, string> = {
  root: "Configuration",
  tenant: "Tenant",
  campaign: "Campaign",
  campaignGroup: "Campaign group",
  groupAgents: "Agent group",
  groupPlaces: "Place group",
  agent: "Agent",
  place: "Place",
  campaignCallingList: "Campaign calling list",
  callingList: "Calling list",
  unassigned: "Unassigned",
};

/** A short glyph drawn in the kind's colour; the kind is also spelled out for screen readers. */
export const NODE_KIND_GLYPH: Record<NodeKind, string> = {
  root: "◎",
  tenant: "T",
  campaign: "C",
  campaignGroup: "CG",
  groupAgents: "AG",
  groupPlaces: "PG",
  agent: "A",
  place: "P",
  campaignCallingList: "CL",
  callingList: "L",
  unassigned: "?",
};

export const kindColor = (kind: NodeKind) => `var(--kind-${kind})`;
