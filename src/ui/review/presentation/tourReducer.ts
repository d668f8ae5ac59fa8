import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { ThresholdCrossing } from "../../shared/statsSlots/StatsSlots";

/**
 * Where the tour is: the finding it shows (`at`), a threshold crossing announced and not yet
 * visited (`pending`), and the crossing being visited, if any (shown instead of the finding).
 */
export interface TourState {
  readonly at: number;
  readonly pending: ThresholdCrossing | null;
  readonly visiting: ThresholdCrossing | null;
}

export type TourAction =
  /** `last` is the index of the last finding stop. */
  | { readonly type: "next"; readonly last: number }
  | { readonly type: "previous" }
  | { readonly type: "first" }
  | { readonly type: "end"; readonly last: number }
  | { readonly type: "crossing"; readonly crossing: ThresholdCrossing }
  /** The workspace shows this hierarchy now: crossings of another one are dropped. */
  | { readonly type: "hierarchy"; readonly hierarchy: Hierarchy };

export const INITIAL_TOUR: TourState = { at: 0, pending: null, visiting: null };

/**
 * Next visits an announced crossing before the next finding; from a crossing, Next and
 * Previous both return to the finding the tour was on.
 */
export function tourReducer(state: TourState, action: TourAction): TourState {
  switch (action.type) {
    case "next":
      if (state.pending) return { ...state, pending: null, visiting: state.pending };
      if (state.visiting) return { ...state, visiting: null };
      return { ...state, at: Math.min(state.at + 1, action.last) };
    case "previous":
      if (state.visiting) return { ...state, visiting: null };
      return { ...state, at: Math.max(state.at - 1, 0) };
    case "first":
      return { ...state, at: 0, visiting: null };
    case "end":
      return { ...state, at: action.last, visiting: null };
    case "crossing":
      return { ...state, pending: action.crossing };
    case "hierarchy": {
      const pending = state.pending?.hierarchy === action.hierarchy ? state.pending : null;
      const visiting = state.visiting?.hierarchy === action.hierarchy ? state.visiting : null;
      if (pending === state.pending && visiting === state.visiting) return state;
      return { ...state, pending, visiting };
    }
  }
}
