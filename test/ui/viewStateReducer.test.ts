import { describe, expect, it } from "vitest";
import { asNodeId } from "../../src/model/config/ids";
import { initialViewState, viewStateReducer } from "../../src/ui/shared/viewState/viewStateReducer";

const a = asNodeId(1);
const b = asNodeId(2);
const c = asNodeId(3);

describe("viewStateReducer", () => {
  it("toggle opens a closed node and closes an open one, without touching the old state", () => {
    const start = initialViewState();
    const opened = viewStateReducer(start, { type: "toggle", id: a });
    expect([...opened.expanded]).toEqual([a]);
    expect(start.expanded.size).toBe(0);
    const closed = viewStateReducer(opened, { type: "toggle", id: a });
    expect(closed.expanded.has(a)).toBe(false);
  });

  it("expand of an open node returns the same state object", () => {
    const state = initialViewState([a]);
    expect(viewStateReducer(state, { type: "expand", id: a })).toBe(state);
  });

  it("reveal opens every ancestor, selects and focuses the node, and bumps revealCount", () => {
    const state = viewStateReducer(initialViewState([c]), {
      type: "reveal",
      id: b,
      ancestors: [a],
    });
    expect([...state.expanded].sort((x, y) => x - y)).toEqual([a, c]);
    expect(state.selected).toBe(b);
    expect(state.focused).toBe(b);
    expect(state.revealCount).toBe(1);
  });

  it("select moves focus with it; focus alone leaves the selection", () => {
    const selected = viewStateReducer(initialViewState(), { type: "select", id: a });
    expect(selected.selected).toBe(a);
    expect(selected.focused).toBe(a);
    const focused = viewStateReducer(selected, { type: "focus", id: b });
    expect(focused.selected).toBe(a);
    expect(focused.focused).toBe(b);
  });

  it("setExpanded replaces the open set; expandMany adds to it", () => {
    const state = initialViewState([a]);
    expect([...viewStateReducer(state, { type: "setExpanded", ids: [b] }).expanded]).toEqual([b]);
    expect([...viewStateReducer(state, { type: "expandMany", ids: [b, c] }).expanded]).toEqual([
      a,
      b,
      c,
    ]);
  });
});
