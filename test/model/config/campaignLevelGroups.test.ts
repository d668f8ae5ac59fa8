import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../../src/model/loadConfig";
import { runRules } from "../../../src/model/rules/runRules";
import { outline } from "../hierarchy/outline";

const FILES = [
  "test/fixtures/import/campaign-level-groups.xml",
  "test/fixtures/import/campaign-level-groups-raw.json",
];

describe.each(FILES)("campaign groups listed on the campaign, in %s", (path) => {
  const model = loadConfig([{ path, content: readFileSync(path) }]);
  const findings = runRules(model);

  it("are the campaign's groups, known to Stat Server as <campaign>@<group>", () => {
    expect(outline(buildHierarchy(model))).toEqual([
      "root  = (none)",
      "  tenant Environment",
      "    campaign Sales",
      "      campaignGroup Sales@Team A",
      "        groupAgents Team A",
      "          agent jdoe = E120",
      "      campaignGroup Sales@Floor 1",
      "        groupPlaces Floor 1",
      "          place Seat 1",
      "    campaign Renewals",
      "      campaignGroup Renewals@Team B",
      "        groupAgents Team B",
      "          agent jdoe = E120",
      "    campaign Old",
      "      campaignGroup Old@Team A",
      "        groupAgents Team A",
      "          agent jdoe = E120",
    ]);
  });

  it("keep the entry's settings and its other fields, and have no DBID of their own", () => {
    const sales = model.byKind.campaignGroup.find((g) => g.name === "Sales@Team A")!;
    expect(sales).toMatchObject({
      listedOnCampaign: true,
      dialMode: "Progress",
      minRecBuffSize: 5,
      optRecBuffSize: 4,
    });
    expect(sales.dbid).toBeUndefined();
    expect({ ...sales.extra }).toMatchObject({ dialerDBID: expect.anything() });
    expect(model.byKind.campaignGroup.find((g) => g.name === "Sales@Floor 1")).toMatchObject({
      dialMode: "Preview",
      group: { groupType: "PlaceGroup" },
    });
  });

  it("count as groups: no campaign-without-groups, and no name of their own to get wrong", () => {
    expect(findings.filter((f) => f.rule === "campaign-without-groups")).toEqual([]);
    expect(findings.filter((f) => f.rule === "group-name-mismatch")).toEqual([]);
  });

  it("have their fields checked like any group's", () => {
    const buffers = findings.filter((f) => f.rule === "record-buffer-sizes");
    expect(buffers.map((f) => [f.name, f.statId])).toEqual([["Sales@Team A", "Sales@Team A"]]);
    expect(buffers[0]?.message).toContain("minRecBuffSize 5 is not below optRecBuffSize 4");
  });

  it("given both ways, make one node, and a finding when the two disagree", () => {
    const renewals = model.byKind.campaignGroup.filter((g) => g.name.startsWith("Renewals"));
    expect(renewals).toHaveLength(1);
    expect(renewals[0]?.dbid).toBe(400);
    const disagreements = findings.filter((f) => f.rule === "campaign-group-disagreement");
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]).toMatchObject({
      kind: "campaignGroup",
      name: "Renewals@Team B",
      message:
        'Campaign group "Renewals@Team B" is also listed on campaign "Renewals" (its campaignGroups), and the two disagree: dialMode Power here, Preview on the campaign.',
    });
  });
});

describe("campaign-group-disagreement", () => {
  const xml = (campaignLevel: string, object: string) => `<ConfData>
    <CfgAgentGroup><CfgGroup><DBID value="100"/><name value="Team"/></CfgGroup></CfgAgentGroup>
    <CfgCampaign><DBID value="300"/><name value="Sales"/>
      <campaignGroups><CfgCampaignGroupInfo><groupDBID value="100"/>${campaignLevel}</CfgCampaignGroupInfo></campaignGroups>
    </CfgCampaign>
    <CfgCampaignGroup><DBID value="400"/><name value="Sales@Team"/><campaignDBID value="300"/>
      <groupDBID value="100"/>${object}</CfgCampaignGroup>
  </ConfData>`;
  const disagreements = (campaignLevel: string, object: string) =>
    runRules(loadConfig([{ path: "c.xml", content: xml(campaignLevel, object) }])).filter(
      (f) => f.rule === "campaign-group-disagreement",
    );

  it("compares an unset field by Configuration Server's default", () => {
    expect(disagreements('<dialMode value="1"/>', "")).toEqual([]);
    expect(disagreements("", '<minRecBuffSize value="3"/>')).toEqual([]);
    expect(disagreements('<minRecBuffSize value="4"/>', "")[0]?.message).toContain(
      "minRecBuffSize 3 here, 4 on the campaign",
    );
  });

  it("says nothing when the two agree", () => {
    expect(disagreements('<numOfChannels value="20"/>', '<numOfChannels value="20"/>')).toEqual([]);
  });
});
