import { describe, expect, it } from "vitest";
import { knownStatKeys } from "../../../src/model/stats/knownStatKeys";
import { StatValues } from "../../../src/model/stats/StatValues";
import { unknownObjects } from "../../../src/model/stats/unknownObjects";
import { sampleHierarchy } from "./sampleHierarchy";

const update = (objectId: string, value: number, timestamp: number) => ({
  objectType: "CampaignGroup" as const,
  objectId,
  statistic: "Dialed",
  value,
  timestamp,
});

describe("StatValues", () => {
  it("keeps the newest value when an older one arrives late", () => {
    const store = new StatValues();
    expect(store.apply(update("Sales@Team A", 20, 2000), 2001)).toBe(true);
    expect(store.apply(update("Sales@Team A", 10, 1000), 2002)).toBe(false);
    expect(store.get("CampaignGroup", "Sales@Team A", "Dialed")).toEqual({
      value: 20,
      timestamp: 2000,
      receivedAt: 2001,
    });
  });

  it("counts a version only for updates that change something", () => {
    const store = new StatValues();
    store.apply(update("Sales@Team A", 20, 2000), 1);
    store.apply(update("Sales@Team A", 20, 2000), 2);
    expect(store.version).toBe(1);
  });
});

describe("unknownObjects", () => {
  it("lists statistics for ids that match no object, such as a group known by its config name", () => {
    const store = new StatValues();
    store.apply(update("Sales@Team A", 1, 1), 10);
    store.apply(update("Sales Team A", 1, 1), 11);
    store.apply({ ...update("Sales Team A", 0, 1), statistic: "Answered" }, 12);
    store.apply(
      { objectType: "Agent", objectId: "zed", statistic: "State", value: "Ready", timestamp: 1 },
      13,
    );
    expect(unknownObjects(store, knownStatKeys(sampleHierarchy()))).toEqual([
      { objectType: "Agent", objectId: "zed", statistics: ["State"], lastReceived: 13 },
      {
        objectType: "CampaignGroup",
        objectId: "Sales Team A",
        statistics: ["Answered", "Dialed"],
        lastReceived: 12,
      },
    ]);
  });
});
