import { describe, expect, it } from "vitest";
import { ocsGroupDirectory } from "../../src/node/server/ocsGroupDirectory";
import { serverHierarchy } from "./hierarchyFixture";

describe("ocsGroupDirectory", () => {
  it("lists each campaign group under a campaign once, by its Stat Server id, with its campaign", () => {
    const { model, hierarchy } = serverHierarchy();
    // Ghost@Team A is under Unassigned, with no campaign above it: OCS cannot report it.
    expect(ocsGroupDirectory(hierarchy, model)).toEqual([
      { id: "Sales@Team A", campaignId: "Sales" },
      { id: "Retention@Floor 2", campaignId: "Retention" },
    ]);
  });
});
