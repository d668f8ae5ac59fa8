import { asNodePath, type NodePath } from "../../../model/config/ids";
import type { Pivot } from "../../../model/hierarchy/NodeKind";

/** The side panel shown beside the tree. */
export type SidePanel = "outline" | "findings" | "alarms";

/** Which nodes the outline and the tree show, with the path to each: `null` shows all. */
export type NodeFilter = "findings" | "alarms";

/** What the centre column shows: the tree, or the grid of one kind of object. */
export type MainView = "tree" | "grid";

/** What a shared link reproduces: the configuration, the selected node, the pivot, the panel. */
export interface UrlState {
  readonly config: string | null;
  /** The selected node's path (`pathOf`, resolved with `nodeAt`): links keep opening it. */
  readonly node: NodePath | null;
  readonly pivot: Pivot;
  readonly view: SidePanel;
  /** `svg`: the naive renderer the browser benchmark measures as its baseline. */
  readonly renderer: "canvas" | "svg";
  /** Only nodes with findings, or only nodes in alarm (and their ancestors). */
  readonly filter: NodeFilter | null;
  /** The one subtree shown, by its root's path (`pathOf`, resolved with `nodeAt`). */
  readonly focus: NodePath | null;
  readonly main: MainView;
  /** The grid full screen, for a wall screen pointed at the link. */
  readonly wallboard: boolean;
}

const PIVOTS: readonly Pivot[] = ["campaign", "callingList", "group"];
const VIEWS: readonly SidePanel[] = ["outline", "findings", "alarms"];
const FILTERS: readonly NodeFilter[] = ["findings", "alarms"];

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const pivot = params.get("pivot");
  const view = params.get("view");
  const node = params.get("node");
  const filter = params.get("filter");
  const focus = params.get("focus");
  return {
    config: params.get("config") || null,
    node: node ? asNodePath(node) : null,
    pivot: PIVOTS.includes(pivot as Pivot) ? (pivot as Pivot) : "campaign",
    view: VIEWS.includes(view as SidePanel) ? (view as SidePanel) : "outline",
    renderer: params.get("renderer") === "svg" ? "svg" : "canvas",
    filter: FILTERS.includes(filter as NodeFilter) ? (filter as NodeFilter) : null,
    focus: focus ? asNodePath(focus) : null,
    main: params.get("main") === "grid" ? "grid" : "tree",
    wallboard: params.get("main") === "grid" && params.get("wallboard") === "1",
  };
}

/**
 * The query string for a state; defaults are left out so links stay short. Parameters this
 * module does not own (`?stats=` of the statistics feature) are kept as they were.
 */
export function formatUrlState(state: UrlState, current = ""): string {
  const params = new URLSearchParams(current);
  const put = (key: string, value: string | null) => {
    if (value === null) params.delete(key);
    else params.set(key, value);
  };
  put("config", state.config);
  put("pivot", state.pivot !== "campaign" ? state.pivot : null);
  put("view", state.view !== "outline" ? state.view : null);
  put("node", state.node);
  put("renderer", state.renderer === "svg" ? "svg" : null);
  put("filter", state.filter);
  put("focus", state.focus);
  put("main", state.main === "grid" ? "grid" : null);
  put("wallboard", state.main === "grid" && state.wallboard ? "1" : null);
  const query = params.toString();
  return query ? `?${query}` : "";
}
