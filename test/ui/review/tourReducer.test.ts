import { describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
import { sampleHierarchy } from "../../model/stats/sampleHierarchy";
import {
  INITIAL_TOUR,
  tourReducer,
  type TourState,
} from "../../../src/ui/review/presentation/tourReducer";

const HIERARCHY = sampleHierarchy();
const crossing = {
  hierarchy: HIERARCHY,
  node: asNodeId(2),
  level: "alarm" as const,
  figure: "Overdial rate",
};

describe("tourReducer", () => {
  it("steps through the findings and stops at both ends", () => {
    let state: TourState = INITIAL_TOUR;
    state = tourReducer(state, { type: "previous" });
    expect(state.at).toBe(0);
    state = tourReducer(state, { type: "next", last: 1 });
    state = tourReducer(state, { type: "next", last: 1 });
    expect(state.at).toBe(1);
  });

  it("visits a crossing announced during the tour on Next, then returns to the same finding", () => {
    let state = tourReducer({ ...INITIAL_TOUR, at: 2 }, { type: "crossing", crossing });
    expect(state).toEqual({ at: 2, pending: crossing, visiting: null });
    state = tourReducer(state, { type: "next", last: 9 });
    expect(state).toEqual({ at: 2, pending: null, visiting: crossing });
    state = tourReducer(state, { type: "next", last: 9 });
    expect(state).toEqual({ at: 2, pending: null, visiting: null });
    state = tourReducer(state, { type: "next", last: 9 });
    expect(state.at).toBe(3);
  });

  it("leaves a visited crossing with Previous too", () => {
    const state = tourReducer({ at: 4, pending: null, visiting: crossing }, { type: "previous" });
    expect(state).toEqual({ at: 4, pending: null, visiting: null });
  });
});

describe("tourReducer and another hierarchy", () => {
  it("drops the crossings of a hierarchy the workspace no longer shows", () => {
    const held = { at: 1, pending: crossing, visiting: crossing };
    expect(tourReducer(held, { type: "hierarchy", hierarchy: HIERARCHY })).toBe(held);
    const other = sampleHierarchy();
    expect(tourReducer(held, { type: "hierarchy", hierarchy: other })).toEqual({
      at: 1,
      pending: null,
      visiting: null,
    });
  });
});
