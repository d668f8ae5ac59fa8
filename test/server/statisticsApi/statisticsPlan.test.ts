import { describe, expect, it } from "vitest";
import { DEFAULT_STATISTICS_MAPPING } from "../../../src/node/server/statisticsApi/statisticsMapping";
import { statisticsPlan } from "../../../src/node/server/statisticsApi/statisticsPlan";
import { serverHierarchy } from "../hierarchyFixture";

describe("statisticsPlan", () => {
  it("plans each mapped object once, in tree order, with ids unique across the plan", () => {
    const { hierarchy } = serverHierarchy();
    const plan = statisticsPlan(hierarchy, DEFAULT_STATISTICS_MAPPING);
    // The tenant has no mapped figures; calling list Shared, under both campaigns, comes once.
    expect(plan.map((o) => `${o.objectType} ${o.objectId}`)).toEqual([
      "Campaign Sales",
      "CampaignGroup Sales@Team A",
      "GroupAgents Team A",
      "Agent E100",
      "CampaignCallingList Sales@Main",
      "CallingList Main",
      "CampaignCallingList Sales@Shared",
      "CallingList Shared",
      "Campaign Retention",
      "CampaignGroup Retention@Floor 2",
      "GroupPlaces Floor 2",
      "Place P1",
      "CampaignCallingList Retention@Shared",
      "CampaignGroup Ghost@Team A",
    ]);
    const ids = plan.flatMap((o) => o.statistics.map((s) => s.statisticId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const object of plan) {
      const figures = DEFAULT_STATISTICS_MAPPING.get(object.objectType)!;
      expect(object.statistics.map((s) => s.figure)).toEqual([...figures.keys()]);
    }
  });
});
