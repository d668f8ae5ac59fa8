import { describe, expect, it } from "vitest";
import type { NodeId } from "../../../src/model/config/ids";
import type { HierarchyNode } from "../../../src/model/hierarchy/HierarchyNode";
import type { NodeStats } from "../../../src/model/stats/rollUp";
import type { Threshold } from "../../../src/model/stats/Threshold";
import type { ThresholdCrossing } from "../../../src/ui/features/statsSlots/StatsSlots";
import { watchThresholdCrossings } from "../../../src/ui/review/presentation/watchThresholdCrossings";
import { reviewAnalysis } from "./reviewFixture";

/** A stand-in for the statistics store: one view per "frame", pushed by the test. */
function fakeStore(root: HierarchyNode, thresholds: readonly Threshold[]) {
  const listeners = new Set<() => void>();
  let view = {
    now: 0,
    nodes: new Map<NodeId, NodeStats>() as ReadonlyMap<NodeId, NodeStats>,
    thresholds,
  };
  return {
    root,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    commit(now: number, nodes: ReadonlyMap<NodeId, NodeStats>) {
      view = { now, nodes, thresholds };
      for (const l of listeners) l();
    },
  };
}

describe("watchThresholdCrossings", () => {
  it("reports agent alice turning NotReady, against a warning threshold, once", () => {
    const { root } = reviewAnalysis();
    const stack = [root];
    let alice: HierarchyNode | undefined;
    for (let node = stack.pop(); node && !alice; node = stack.pop()) {
      if (node.kind === "agent") alice = node;
      stack.push(...node.children);
    }
    const threshold: Threshold = {
      id: "not-ready",
      kind: "agent",
      figure: "state",
      op: "is",
      value: "NotReady",
      level: "warning",
      enabled: true,
    };
    const store = fakeStore(root, [threshold]);
    const seen: ThresholdCrossing[] = [];
    const stop = watchThresholdCrossings(store, (c) => seen.push(c));
    const inState = (state: string): NodeStats =>
      ({
        figures: { kind: "agent", state, since: null },
        lastChanged: 0,
        stale: false,
      }) as unknown as NodeStats;

    store.commit(1_000, new Map([[alice!.id, inState("Ready")]]));
    expect(seen).toEqual([]);
    store.commit(2_000, new Map([[alice!.id, inState("NotReady")]]));
    expect(seen).toEqual([{ node: alice!.id, level: "warning", figure: "State" }]);
    store.commit(3_000, new Map([[alice!.id, inState("NotReady")]]));
    expect(seen).toHaveLength(1);
    stop();
    store.commit(4_000, new Map([[alice!.id, inState("Ready")]]));
    store.commit(5_000, new Map([[alice!.id, inState("NotReady")]]));
    expect(seen).toHaveLength(1);
  });
});
