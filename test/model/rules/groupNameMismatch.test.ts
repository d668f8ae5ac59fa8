import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

/** One campaign group under "Sales" on group "Team A", among campaigns and groups that exist. */
function mismatchFor(name: string) {
  const model = loadMutagen({
    campaigns: [campaign("Sales"), campaign("Retention")],
    campaignGroups: [campaignGroup(name, "Sales", "Team A")],
    agentGroups: [agentGroup("Team A"), agentGroup("Team B")],
  });
  return findingsOf("group-name-mismatch", model);
}

describe("group-name-mismatch", () => {
  it("flags mutagen's sample group cfgObjectTest, suggesting campaignGroupCampaign@campaignGroupAgentGroup", () => {
    const path = resolve(
      process.cwd(),
      "../shared/samples/mutagen/export-json/campaignGroups-config.json",
    );
    const model = loadConfig([
      { path: "campaignGroups-config.json", content: readFileSync(path, "utf8") },
    ]);
    const findings = findingsOf("group-name-mismatch", model);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      kind: "campaignGroup",
      tenant: "Environment",
      name: "cfgObjectTest",
      statId: "campaignGroupCampaign@campaignGroupAgentGroup",
      suggestion: "campaignGroupCampaign@campaignGroupAgentGroup",
      file: "campaignGroups-config.json",
      location: "campaignGroups[0]",
    });
    expect(findings[0]?.message).toContain("unrelated");
  });

  it("accepts a group named exactly <campaign>@<group>", () => {
    expect(mismatchFor("Sales@Team A")).toEqual([]);
  });

  it('flags a group named "Team A" under campaign "Sales" as the group\'s name alone', () => {
    const [finding] = mismatchFor("Team A");
    expect(finding?.suggestion).toBe("Sales@Team A");
    expect(finding?.message).toContain(`the group's name alone, without "Sales@" in front`);
  });

  it("says when the name differs only in letter case", () => {
    expect(mismatchFor("sales@TEAM A")[0]?.message).toContain("differs only in letter case");
  });

  it("says when the name differs only in white space", () => {
    expect(mismatchFor("Sales @ Team A")[0]?.message).toContain("differs only in white space");
    expect(mismatchFor(" Sales@Team A")[0]?.message).toContain("differs only in white space");
  });

  it('names the separator used instead of "@"', () => {
    expect(mismatchFor("Sales/Team A")[0]?.message).toContain(`with "/" instead of "@"`);
    expect(mismatchFor("Sales_Team A")[0]?.message).toContain(`with "_" instead of "@"`);
    expect(mismatchFor("Sales - Team A")[0]?.message).toContain(`with " - " instead of "@"`);
    expect(mismatchFor("Sales@@Team A")[0]?.message).toContain(`with "@@" instead of "@"`);
    expect(mismatchFor("SALES/Team A")[0]?.message).toContain(
      `with "/" instead of "@", and letter case differs`,
    );
  });

  it("says when there is no separator at all", () => {
    expect(mismatchFor("SalesTeam A")[0]?.message).toContain(`no "@" between`);
  });

  it("says when the name carries another group's name", () => {
    expect(mismatchFor("Sales@Team B")[0]?.message).toContain(
      `names another group, "Team B", instead of "Team A"`,
    );
  });

  it("says when the name carries another campaign's name", () => {
    expect(mismatchFor("Retention@Team A")[0]?.message).toContain(
      `names another campaign, "Retention", instead of "Sales"`,
    );
  });

  it("says when the name is the id of another campaign and group", () => {
    expect(mismatchFor("Retention@Team B")[0]?.message).toContain(
      `campaign "Retention" with group "Team B"`,
    );
  });

  it("says when the campaign's and the group's names are the other way round", () => {
    expect(mismatchFor("Team A@Sales")[0]?.message).toContain("the other way round");
  });

  it("says where an unknown group part stands", () => {
    expect(mismatchFor("Sales@Nightshift")[0]?.message).toContain(
      `has "Nightshift" where the group's name "Team A" belongs`,
    );
  });

  it("calls an unrelated name unrelated", () => {
    const [finding] = mismatchFor("Outbound 7");
    expect(finding?.message).toBe(
      `Campaign group "Outbound 7" is not named "Sales@Team A", the id Stat Server knows it by (campaign "Sales", group "Team A"): it is unrelated to that id.`,
    );
  });

  it("composes the expected id from a place group as well", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Floor 2", "Sales", "Floor 2", "placegroup")],
      placeGroups: [{ group: { name: "Floor 2", tenant: "Environment" }, places: [] }],
    });
    expect(findingsOf("group-name-mismatch", model)[0]?.suggestion).toBe("Sales@Floor 2");
  });

  it("leaves a campaign group without a group to missing-group", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales")],
      campaignGroups: [campaignGroup("Anything", "Sales", null)],
    });
    expect(findingsOf("group-name-mismatch", model)).toEqual([]);
  });
});
