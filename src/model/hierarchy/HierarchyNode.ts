import type { NodePath, ObjectKey, StatId } from "../config/ids";

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

/**
 * One appearance of an object in the hierarchy. A shared object (one calling list in several
 * campaigns) appears once per parent, each appearance with its own id and the same `object`.
 * Ids are paths of escaped names, so they are stable across reloads of the same data.
 */
export interface HierarchyNode {
  readonly id: NodePath;
  readonly kind: NodeKind;
  /** The configuration name (a CampaignGroup's own `name` field; an Agent's userName). */
  readonly name: string;
  /**
   * The id Stat Server knows this node by: the name for Campaign, CallingList, GroupAgents,
   * GroupPlaces, Place and Tenant; the composed `C@G` / `C@L` for CampaignGroup and
   * CampaignCallingList; the employee ID for Agent. Null for root and Unassigned, and for an
   * agent with no employee ID.
   */
  readonly statId: StatId | null;
  /** The configuration object behind the node (the campaign, for a CampaignCallingList). */
  readonly object: ObjectKey | null;
  /** For a CampaignCallingList: the index of its entry in the campaign's `callingLists`. */
  readonly entry?: number;
  readonly children: readonly HierarchyNode[];
}
