import type { NodeId } from "../../../model/config/ids";

/**
 * What the user has done to the drawn hierarchy, apart from the data: which nodes are open,
 * which one is selected and which one has keyboard focus, shared by the outline and the tree
 * view. Its nodes are one hierarchy's: a new configuration or pivot starts a new view state
 * (carried over by path where the same nodes exist).
 */
export interface ViewState {
  readonly expanded: ReadonlySet<NodeId>;
  readonly selected: NodeId | null;
  readonly focused: NodeId | null;
  /**
   * Bumped by `reveal`, so the tree view centres the node again even when it is already the
   * selected one (a second click on the same finding).
   */
  readonly revealCount: number;
}

export type ViewAction =
  | { readonly type: "toggle"; readonly id: NodeId }
  | { readonly type: "expand"; readonly id: NodeId }
  | { readonly type: "collapse"; readonly id: NodeId }
  /** Replaces the open set (expand/collapse per level, expand all, collapse all). */
  | { readonly type: "setExpanded"; readonly ids: Iterable<NodeId> }
  /** Opens every node in `ids` and keeps what was open (expand all siblings, `*`). */
  | { readonly type: "expandMany"; readonly ids: Iterable<NodeId> }
  | { readonly type: "select"; readonly id: NodeId | null }
  | { readonly type: "focus"; readonly id: NodeId | null }
  /** Opens the path to a node (its ancestors), selects and focuses it, and asks views to centre it. */
  | { readonly type: "reveal"; readonly id: NodeId; readonly ancestors: readonly NodeId[] }
  /** A new configuration or pivot: start over with this open set and selection. */
  | {
      readonly type: "reset";
      readonly expanded: Iterable<NodeId>;
      readonly selected: NodeId | null;
    };

export function initialViewState(
  expanded: Iterable<NodeId> = [],
  selected: NodeId | null = null,
): ViewState {
  return { expanded: new Set(expanded), selected, focused: selected, revealCount: 0 };
}

export function viewStateReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "toggle":
      return state.expanded.has(action.id)
        ? viewStateReducer(state, { type: "collapse", id: action.id })
        : viewStateReducer(state, { type: "expand", id: action.id });
    case "expand": {
      if (state.expanded.has(action.id)) return state;
      const expanded = new Set(state.expanded);
      expanded.add(action.id);
      return { ...state, expanded };
    }
    case "collapse": {
      if (!state.expanded.has(action.id)) return state;
      const expanded = new Set(state.expanded);
      expanded.delete(action.id);
      return { ...state, expanded };
    }
    case "setExpanded":
      return { ...state, expanded: new Set(action.ids) };
    case "expandMany": {
      const expanded = new Set(state.expanded);
      for (const id of action.ids) expanded.add(id);
      return expanded.size === state.expanded.size ? state : { ...state, expanded };
    }
    case "select":
      if (state.selected === action.id && state.focused === (action.id ?? state.focused)) {
        return state;
      }
      return { ...state, selected: action.id, focused: action.id ?? state.focused };
    case "focus":
      return state.focused === action.id ? state : { ...state, focused: action.id };
    case "reveal": {
      const expanded = new Set(state.expanded);
      for (const id of action.ancestors) expanded.add(id);
      return {
        expanded,
        selected: action.id,
        focused: action.id,
        revealCount: state.revealCount + 1,
      };
    }
    case "reset":
      return {
        expanded: new Set(action.expanded),
        selected: action.selected,
        focused: action.selected,
        revealCount: state.revealCount + 1,
      };
  }
}
