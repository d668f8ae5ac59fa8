import type { NodePath } from "../../../model/config/ids";

/**
 * What the user has done to the drawn hierarchy, apart from the data: which nodes are open,
 * which one is selected and which one has keyboard focus. Keyed by node id, so it survives a
 * reload of the same configuration (node ids are stable paths) and is shared by the outline
 * and the tree view.
 */
export interface ViewState {
  readonly expanded: ReadonlySet<NodePath>;
  readonly selected: NodePath | null;
  readonly focused: NodePath | null;
  /**
   * Bumped by `reveal`, so the tree view centres the node again even when it is already the
   * selected one (a second click on the same finding).
   */
  readonly revealCount: number;
}

export type ViewAction =
  | { readonly type: "toggle"; readonly id: NodePath }
  | { readonly type: "expand"; readonly id: NodePath }
  | { readonly type: "collapse"; readonly id: NodePath }
  /** Replaces the open set (expand/collapse per level, expand all, collapse all). */
  | { readonly type: "setExpanded"; readonly ids: Iterable<NodePath> }
  /** Opens every node in `ids` and keeps what was open (expand all siblings, `*`). */
  | { readonly type: "expandMany"; readonly ids: Iterable<NodePath> }
  | { readonly type: "select"; readonly id: NodePath | null }
  | { readonly type: "focus"; readonly id: NodePath | null }
  /** Opens the path to a node (its ancestors), selects and focuses it, and asks views to centre it. */
  | { readonly type: "reveal"; readonly id: NodePath; readonly ancestors: readonly NodePath[] }
  /** A new configuration or pivot: start over with this open set and selection. */
  | {
      readonly type: "reset";
      readonly expanded: Iterable<NodePath>;
      readonly selected: NodePath | null;
    };

export function initialViewState(
  expanded: Iterable<NodePath> = [],
  selected: NodePath | null = null,
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
