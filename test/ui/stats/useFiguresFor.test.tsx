// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { figuresFor, useFiguresFor } from "../../../src/ui/stats/useFiguresFor";
import { buildSpec, node, sampleHierarchy } from "../../model/stats/sampleHierarchy";

function store() {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    minCommitMs: 0,
  });
  store.setSource("simulated", 10_000);
  return store;
}

describe("useFiguresFor", () => {
  it("gives the store's figures only for the hierarchy they were rolled up over", () => {
    const stats = store();
    const shown = sampleHierarchy();
    const other = buildSpec(node("root", null, [node("campaign", "Sales")])).hierarchy;
    stats.setHierarchy(other);
    stats.commit();
    expect(figuresFor(stats.getView(), other)).toBe(stats.getView().nodes);
    const { result } = renderHook(() => useFiguresFor(stats, shown));
    // The store still holds the previous hierarchy's figures: none of these are the shown one's.
    expect(result.current).toBeNull();
    expect(figuresFor(stats.getView(), null)).toBeNull();
    act(() => {
      stats.setHierarchy(shown);
      stats.commit();
    });
    expect(result.current).toBe(stats.getView().nodes);
    expect(result.current!.length).toBe(shown.size);
  });
});
