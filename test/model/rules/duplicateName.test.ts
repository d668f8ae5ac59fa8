import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { runRules } from "../../../src/model/rules/runRules";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen, mutagenText } from "./mutagenFixtures";

describe("duplicate-name", () => {
  it('flags two campaigns named "Sales" in one file, each pointing at the other', () => {
    const findings = findingsOf(
      "duplicate-name",
      loadMutagen({ campaigns: [campaign("Sales"), campaign("Sales")] }, "a.json"),
    );
    expect(findings.map((f) => [f.severity, f.location])).toEqual([
      ["error", "campaigns[0]"],
      ["error", "campaigns[1]"],
    ]);
    expect(findings[0]?.message).toBe(
      `Campaign "Sales" is one of 2 campaign objects with this name in tenant "Environment" (also at a.json campaigns[1]).`,
    );
  });

  it("treats one object exported in two files as one, not a duplicate", () => {
    const text = mutagenText({ campaigns: [campaign("Sales")] });
    const model = loadConfig([
      { path: "a.json", content: text },
      { path: "b.json", content: text },
    ]);
    expect(findingsOf("duplicate-name", model)).toEqual([]);
  });

  it("allows one campaign group name in two campaigns but not twice in one", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales"), campaign("Retention")],
      campaignGroups: [
        campaignGroup("Day shift", "Sales", "Team A"),
        campaignGroup("Day shift", "Retention", "Team A"),
        campaignGroup("Day shift", "Sales", "Team B"),
      ],
      agentGroups: [agentGroup("Team A"), agentGroup("Team B")],
    });
    const findings = findingsOf("duplicate-name", model);
    expect(findings.map((f) => f.location)).toEqual(["campaignGroups[0]", "campaignGroups[2]"]);
    expect(findings[0]?.message).toContain(`in campaign "Sales"`);
  });

  it("allows an agent group and a campaign to share a name", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      agentGroups: [agentGroup("Sales")],
    });
    expect(findingsOf("duplicate-name", model)).toEqual([]);
  });

  it("finds duplicates among look-alikes with confusable-names turned off", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales"), campaign("SALES"), campaign("Sales")],
    });
    const all = runRules(model, { "confusable-names": "off" });
    expect(all.filter((f) => f.rule === "confusable-names")).toEqual([]);
    const findings = all.filter((f) => f.rule === "duplicate-name");
    expect(findings.map((f) => f.location)).toEqual(["campaigns[0]", "campaigns[2]"]);
    expect(findings[0]?.message).toBe(
      `Campaign "Sales" is one of 2 campaign objects with this name in tenant "Environment" (also at config.json campaigns[2]).`,
    );
  });
});
