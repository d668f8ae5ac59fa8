import { describe, expect, it } from "vitest";
import { evaluateThresholds } from "../../../src/model/stats/evaluateThresholds";
import {
  DEFAULT_THRESHOLDS,
  thresholdListSchema,
  type Threshold,
} from "../../../src/model/stats/Threshold";

describe("evaluateThresholds", () => {
  it("raises an alarm for a campaign group abandoning more than 3% of answered calls", () => {
    const result = evaluateThresholds("campaignGroup", { overdialRate: 0.031 }, DEFAULT_THRESHOLDS);
    expect(result.level).toBe("alarm");
    expect(result.figures.get("overdialRate")?.threshold.id).toBe("campaignGroup-overdial");
  });

  it("leaves an overdial rate of exactly 3% uncoloured: the limit itself is allowed", () => {
    expect(
      evaluateThresholds("campaignGroup", { overdialRate: 0.03 }, DEFAULT_THRESHOLDS).level,
    ).toBe("ok");
  });

  it("warns when a group waits for agents and alarms on a system error", () => {
    expect(
      evaluateThresholds("campaignGroup", { waiting: "WaitingAgents" }, DEFAULT_THRESHOLDS).level,
    ).toBe("warning");
    expect(
      evaluateThresholds("campaignGroup", { waiting: "SystemError" }, DEFAULT_THRESHOLDS).level,
    ).toBe("alarm");
  });

  it("applies a threshold only to its own kind of node", () => {
    expect(evaluateThresholds("agent", { overdialRate: 0.5 }, DEFAULT_THRESHOLDS).level).toBe("ok");
  });

  it("keeps the worst level per figure and for the node", () => {
    const thresholds: Threshold[] = [
      {
        id: "w",
        kind: "campaign",
        figure: "hitRatio",
        op: "below",
        value: 0.3,
        level: "warning",
        enabled: true,
      },
      {
        id: "a",
        kind: "campaign",
        figure: "hitRatio",
        op: "below",
        value: 0.1,
        level: "alarm",
        enabled: true,
      },
      {
        id: "b",
        kind: "campaign",
        figure: "busyFactor",
        op: "below",
        value: 0.5,
        level: "warning",
        enabled: true,
      },
    ];
    const result = evaluateThresholds("campaign", { hitRatio: 0.05, busyFactor: 0.4 }, thresholds);
    expect(result.level).toBe("alarm");
    expect(result.figures.get("hitRatio")?.threshold.id).toBe("a");
    expect(result.figures.get("busyFactor")?.level).toBe("warning");
  });

  it("ignores a disabled threshold and a figure the node does not have", () => {
    const disabled = DEFAULT_THRESHOLDS.map((t) => ({ ...t, enabled: false }));
    expect(evaluateThresholds("campaignGroup", { overdialRate: 0.5 }, disabled).level).toBe("ok");
    expect(evaluateThresholds("campaignGroup", {}, DEFAULT_THRESHOLDS).level).toBe("ok");
  });

  it("rejects stored thresholds naming a figure that does not exist", () => {
    const parsed = thresholdListSchema.safeParse([
      {
        id: "x",
        kind: "campaign",
        figure: "mood",
        op: "is",
        value: "sad",
        level: "alarm",
        enabled: true,
      },
    ]);
    expect(parsed.success).toBe(false);
    expect(thresholdListSchema.safeParse(DEFAULT_THRESHOLDS).success).toBe(true);
  });
});
