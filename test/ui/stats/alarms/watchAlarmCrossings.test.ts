// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { NodeId } from "../../../../src/model/config/ids";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import type { Alarm, ThresholdCrossing } from "../../../../src/ui/shared/statsSlots/StatsSlots";
import { watchAlarmCrossings } from "../../../../src/ui/stats/alarms/watchAlarmCrossings";
import { createStatsSlots } from "../../../../src/ui/stats/createStatsSlots";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";
import { sampleHierarchy, sampleNode } from "../../../model/stats/sampleHierarchy";
import { snapshotOf } from "./snapshotOf";

describe("threshold crossings from the statistics store", () => {
  it("reports each group that goes over, frame after frame, though the store updates its node table in place", async () => {
    let now = 100_000;
    const store = new StatsStore({
      thresholds: DEFAULT_THRESHOLDS,
      scheduleFrame: () => {},
      now: () => now,
    });
    store.setSource("simulated", 10_000);
    store.setHierarchy(sampleHierarchy());
    const slots = createStatsSlots(store);
    const seen: ThresholdCrossing[] = [];
    slots.subscribeCrossings!((crossing) => seen.push(crossing));
    const overdial = (objectId: string, at: number) => {
      now = at;
      store.ingest(
        [
          {
            objectType: "CampaignGroup",
            objectId,
            statistic: "Answered",
            value: 100,
            timestamp: at,
          },
          {
            objectType: "CampaignGroup",
            objectId,
            statistic: "Abandoned",
            value: 9,
            timestamp: at,
          },
        ],
        at,
      );
      store.commit();
    };
    store.commit();
    overdial("Sales@Team A", 101_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    overdial("Sales@Team B", 102_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const hierarchy = store.hierarchy!;
    const groups = seen
      .filter((c) => hierarchy.kind(c.node) === "campaignGroup")
      .map((c) => c.node);
    expect(groups).toEqual([
      sampleNode("campaignGroup:Sales@Team A"),
      sampleNode("campaignGroup:Sales@Team B"),
    ]);
  });
});

describe("watchAlarmCrossings", () => {
  it("reports agent ann turning NotReady once, again when her warning becomes an alarm, and nothing once stopped", () => {
    const listeners = new Set<() => void>();
    const HIERARCHY = sampleHierarchy();
    let alarms: ReadonlyMap<NodeId, Alarm> = new Map();
    const source = {
      subscribe: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      getAlarms: () => snapshotOf(HIERARCHY, alarms),
    };
    const publish = (level: Alarm["level"] | null) => {
      const ann = sampleNode("agent:A/ann");
      alarms = new Map(
        level ? [[ann, { node: ann, level, figure: "state", value: "NotReady", since: 1 }]] : [],
      );
      for (const l of listeners) l();
    };
    const seen: ThresholdCrossing[] = [];
    const stop = watchAlarmCrossings(source, (c) => seen.push(c));
    publish("warning");
    publish("warning");
    const ann = sampleNode("agent:A/ann");
    expect(seen).toEqual([{ hierarchy: HIERARCHY, node: ann, level: "warning", figure: "State" }]);
    publish("alarm");
    expect(seen.at(-1)).toEqual({
      hierarchy: HIERARCHY,
      node: ann,
      level: "alarm",
      figure: "State",
    });
    stop();
    publish(null);
    publish("alarm");
    expect(seen).toHaveLength(2);
  });
});
