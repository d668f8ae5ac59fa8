import type { NodeId, ObjectKey } from "../config/ids";
import type { HierarchyNode } from "./HierarchyNode";

/** Lookups over one built hierarchy, for the viewer's reveal and highlight. */
export interface HierarchyIndex {
  readonly nodes: ReadonlyMap<NodeId, HierarchyNode>;
  /** The parent of each node; the root maps to null. */
  readonly parentOf: ReadonlyMap<NodeId, NodeId | null>;
  /**
   * Every appearance of each configuration object, in tree order. CampaignCallingList nodes,
   * whose object is their campaign, are not appearances of the campaign and are not listed.
   */
  readonly appearances: ReadonlyMap<ObjectKey, readonly NodeId[]>;
}
