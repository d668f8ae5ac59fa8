import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type Threshold } from "../../../src/model/stats/Threshold";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { thresholdPreviews } from "../../../src/ui/stats/thresholdPreviews";
import { sampleHierarchy, sampleNode } from "../../model/stats/sampleHierarchy";

function storeWith(updates: readonly [string, string, string | number][]) {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    now: () => 10_000,
  });
  store.setSource("simulated", 10_000);
  store.setHierarchy(sampleHierarchy());
  store.ingest(
    updates.map(([objectId, statistic, value]) => ({
      objectType: "CampaignGroup" as const,
      objectId,
      statistic,
      value,
      timestamp: 9000,
    })),
    9000,
  );
  store.commit();
  return store.getView();
}

describe("thresholdPreviews", () => {
  it("counts and names the nodes each rule alone would colour now, a rule that is off included", () => {
    const view = storeWith([
      ["Sales@Team A", "Status", "Running"],
      ["Sales@Team A", "Waiting", "WaitingAgents"],
      ["Sales@Team B", "Status", "Running"],
      ["Sales@Team B", "Waiting", "WaitingAgents"],
      ["Sales@Team B", "Answered", 100],
      ["Sales@Team B", "Abandoned", 10],
    ]);
    const waiting = DEFAULT_THRESHOLDS.find((t) => t.id === "campaignGroup-WaitingAgents")!;
    const overdialOff: Threshold = { ...DEFAULT_THRESHOLDS[0]!, enabled: false };
    const ports = DEFAULT_THRESHOLDS.find((t) => t.id === "campaignGroup-WaitingPorts")!;
    const previews = thresholdPreviews([waiting, overdialOff, ports], view.nodes, view.now);
    expect(previews.get(waiting.id)!.count).toBe(2);
    expect([...previews.get(waiting.id)!.nodes].sort((a, b) => a - b)).toEqual([
      sampleNode("campaignGroup:Sales@Team A"),
      sampleNode("campaignGroup:Sales@Team B"),
    ]);
    expect(previews.get(overdialOff.id)).toEqual({
      count: 1,
      nodes: [sampleNode("campaignGroup:Sales@Team B")],
    });
    expect(previews.get(ports.id)).toEqual({ count: 0, nodes: [] });
  });
});
