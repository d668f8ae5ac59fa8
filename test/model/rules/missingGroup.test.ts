import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

describe("missing-group", () => {
  it("flags mutagen's invalid campaign group sample, which has no group", () => {
    const path = resolve(
      process.cwd(),
      "../shared/samples/mutagen/export-json/campaignGroups-invalid-config.json",
    );
    const model = loadConfig([{ path: "invalid.json", content: readFileSync(path, "utf8") }]);
    expect(findingsOf("missing-group", model)).toEqual([
      expect.objectContaining({
        severity: "error",
        kind: "campaignGroup",
        name: "cfgObjectTest",
        statId: null,
        location: "campaignGroups[0]",
        message: `Campaign group "cfgObjectTest" has no agent group or place group, so Stat Server has no id for it and it cannot dial.`,
      }),
    ]);
  });

  it("accepts a campaign group with an agent group", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Sales@Team A", "Sales", "Team A")],
      agentGroups: [agentGroup("Team A")],
    });
    expect(findingsOf("missing-group", model)).toEqual([]);
  });
});
