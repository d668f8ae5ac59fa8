import { asNodeId, type NodeId } from "../../../model/config/ids";
import type { Pivot } from "../../../model/hierarchy/HierarchyNode";

/** The side panel shown beside the tree. */
export type SidePanel = "outline" | "findings";

/** What a shared link reproduces: the configuration, the selected node, the pivot, the panel. */
export interface UrlState {
  readonly config: string | null;
  readonly node: NodeId | null;
  readonly pivot: Pivot;
  readonly view: SidePanel;
}

const PIVOTS: readonly Pivot[] = ["campaign", "callingList", "group"];
const VIEWS: readonly SidePanel[] = ["outline", "findings"];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const pivot = params.get("pivot");
  const view = params.get("view");
  const node = params.get("node");
  return {
    config: params.get("config") || null,
    node: node ? asNodeId(node) : null,
    pivot: PIVOTS.includes(pivot as Pivot) ? (pivot as Pivot) : "campaign",
    view: VIEWS.includes(view as SidePanel) ? (view as SidePanel) : "outline",
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.config) params.set("config", state.config);
  if (state.pivot !== "campaign") params.set("pivot", state.pivot);
  if (state.view !== "outline") params.set("view", state.view);
  if (state.node) params.set("node", state.node);
  const query = params.toString();
  return query ? `?${query}` : "";
}
