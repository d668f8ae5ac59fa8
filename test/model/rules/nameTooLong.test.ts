import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

describe("name-too-long", () => {
  it("flags a 300-character campaign name", () => {
    const name = "S".repeat(300);
    const [finding] = findingsOf("name-too-long", loadMutagen({ campaigns: [campaign(name)] }));
    expect(finding).toMatchObject({ severity: "error", kind: "campaign", name });
    expect(finding?.message).toContain("is 300 characters long; names may have at most 255.");
  });

  it("accepts a name of exactly 255 characters, counting characters rather than UTF-16 units", () => {
    const model = loadMutagen({ campaigns: [campaign("\u{1F600}".repeat(255))] });
    expect(findingsOf("name-too-long", model)).toEqual([]);
  });

  it("flags a composed campaign group id over 255 characters when both names are acceptable", () => {
    const c = "C".repeat(200);
    const g = "G".repeat(100);
    const model = loadMutagen({
      campaigns: [campaign(c)],
      campaignGroups: [campaignGroup("Day shift", c, g), campaignGroup(`${c}@${g}`, c, g)],
      agentGroups: [agentGroup(g)],
    });
    const findings = findingsOf("name-too-long", model);
    expect(findings.map((f) => f.name)).toEqual([`${c}@${g}`, "Day shift"]);
    const finding = findings[1];
    expect(finding).toMatchObject({ kind: "campaignGroup", statId: `${c}@${g}` });
    expect(finding?.message).toContain(
      "is 301 characters long; Stat Server ids may have at most 255.",
    );
  });

  it("flags a composed campaign calling list id over 255 characters", () => {
    const c = "C".repeat(150);
    const l = "L".repeat(150);
    const [finding] = findingsOf("name-too-long", loadMutagen({ campaigns: [campaign(c, [l])] }));
    expect(finding).toMatchObject({
      kind: "campaignCallingList",
      name: `${c}@${l}`,
      statId: `${c}@${l}`,
    });
  });

  it("reports a too-long name once, not again in every id composed from it", () => {
    const c = "C".repeat(300);
    const model = loadMutagen({ campaigns: [campaign(c, ["List"])] });
    expect(findingsOf("name-too-long", model).map((f) => f.kind)).toEqual(["campaign"]);
  });
});
