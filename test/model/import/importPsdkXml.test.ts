import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ImportedFile } from "../../../src/model/config/ConfigModel";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { importConfig } from "../../../src/model/import/importConfig";

const FIXTURE = "test/fixtures/import/outbound.xml";

function named(file: ImportedFile, name: string) {
  const found = file.objects.find((o) => o.name === name);
  if (found === undefined) throw new Error(`no object named ${name}`);
  return found;
}

function importXml(content: string, path = "config.xml"): ImportedFile {
  return importConfig({ path, content });
}

function importError(content: string): ConfigImportError {
  try {
    importXml(content);
  } catch (error) {
    if (error instanceof ConfigImportError) return error;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("importConfig on Configuration Server XML", () => {
  const file = importConfig({ path: FIXTURE, content: readFileSync(FIXTURE) });

  it("finds the objects under <ConfData> and skips the switches", () => {
    expect(file.format).toBe("psdk-xml");
    expect(file.objects).toHaveLength(10);
    expect(file.skipped).toEqual(["CfgSwitch: 2 objects"]);
    expect([...file.carries].sort()).toEqual([
      "agentGroup",
      "callingList",
      "campaign",
      "campaignGroup",
      "person",
      "place",
      "placeGroup",
      "tenant",
    ]);
  });

  it("counts each type's objects across runs of other types, for indexes and skipped types", () => {
    const place = (dbid: number, name: string) =>
      `<CfgPlace><DBID value="${dbid}"/><tenantDBID value="1"/><name value="${name}"/></CfgPlace>`;
    const xml = [
      "<ConfData>",
      place(1, "Desk 1"),
      '<CfgSwitch><DBID value="9"/><name value="SIP"/></CfgSwitch>',
      place(2, "Desk 2"),
      '<CfgSwitch><DBID value="8"/><name value="Old"/></CfgSwitch>',
      place(3, "Desk 3"),
      "</ConfData>",
    ].join("\n");
    const interleaved = importXml(xml);
    expect(interleaved.objects.map((o) => [o.name, o.source.path, o.source.index])).toEqual([
      ["Desk 1", "CfgPlace", 0],
      ["Desk 2", "CfgPlace", 1],
      ["Desk 3", "CfgPlace", 2],
    ]);
    expect(interleaved.skipped).toEqual(["CfgSwitch: 2 objects"]);
  });

  it("gives each object its element path, line and column", () => {
    expect(named(file, "Sales").source).toEqual({
      file: FIXTURE,
      path: "CfgCampaign",
      index: 0,
      line: 8,
      column: 3,
    });
    expect(named(file, "Team B").source).toMatchObject({
      path: "CfgAgentGroup",
      index: 1,
      line: 77,
    });
  });

  it("reads a campaign's calling lists with share and CfgFlag isActive", () => {
    expect(named(file, "Sales")).toMatchObject({
      kind: "campaign",
      dbid: 101,
      tenantDbid: 1,
      tenant: "",
      callingLists: [
        { callingList: { dbid: 201 }, share: 10, isActive: true },
        { callingList: { dbid: 202 }, share: 0, isActive: false },
      ],
    });
  });

  it("reads a list of one element, defaults included, and non-ASCII names", () => {
    expect(named(file, "Ventes été")).toMatchObject({
      state: "Disabled",
      callingLists: [{ callingList: { dbid: 201 }, share: 10, isActive: true }],
    });
  });

  it("reads a campaign group's references and enums", () => {
    expect(named(file, "Sales@Team A")).toMatchObject({
      kind: "campaignGroup",
      campaign: { dbid: 101 },
      group: { dbid: 401, groupType: "AgentGroup" },
      dialMode: "Predict",
      optMethod: "BusyFactor",
      optMethodValue: 85,
      operationMode: "Schedule",
      minRecBuffSize: 4,
      optRecBuffSize: 6,
    });
    expect(named(file, "Sales@Team A").extra).toEqual({ serverDBIDs: { DBID: "601" } });
  });

  it("decodes character references in values", () => {
    expect(named(file, "Leads & referrals")).toMatchObject({
      kind: "callingList",
      timeFrom: 28800,
      timeUntil: 64800,
      maxAttempts: 3,
    });
  });

  it("reads group members from several elements, one element and an empty list", () => {
    expect(named(file, "Team A")).toMatchObject({ agents: [{ dbid: 120 }, { dbid: 121 }] });
    expect(named(file, "Team B")).toMatchObject({ agents: [{ dbid: 122 }], state: "Enabled" });
    expect(named(file, "Floor 2")).toMatchObject({ kind: "placeGroup", places: [] });
  });

  it("reads a person's userName, employee ID and isAgent flag", () => {
    expect(named(file, "jdoe")).toMatchObject({
      kind: "person",
      employeeId: "E120",
      isAgent: true,
      lastName: "Doe",
    });
  });

  it("reads a single object given as the root element", () => {
    const single = importXml(
      '<CfgCampaign><DBID value="7"/><name value="Solo"/><tenantDBID value="1"/></CfgCampaign>',
    );
    expect(single.objects).toEqual([
      expect.objectContaining({ kind: "campaign", name: "Solo", dbid: 7, callingLists: [] }),
    ]);
  });

  it("accepts an empty <ConfData/> as a configuration with nothing in it", () => {
    expect(importXml("<ConfData/>").objects).toEqual([]);
  });

  it("refuses XML that holds no configuration objects", () => {
    expect(importError("<html><body/></html>").message).toBe(
      "config.xml: not a Configuration Server XML file: expected <ConfData> or object elements " +
        "such as <CfgCampaign>, found <html>",
    );
  });

  it("says where a value has the wrong type: the object's line and the value's path", () => {
    const error = importError(
      '<ConfData>\n<CfgCampaignGroup><name value="g"/><campaignDBID value="x1"/>' +
        "</CfgCampaignGroup></ConfData>",
    );
    expect(error.message).toBe(
      'config.xml:2:1: CfgCampaignGroup[0].campaignDBID: expected an integer, got "x1"',
    );
    expect(error).toMatchObject({ line: 2, column: 1, path: "CfgCampaignGroup[0].campaignDBID" });
  });

  it("says where an enum value is unknown, listing the PSDK values", () => {
    const error = importError(
      '<ConfData><CfgCampaignGroup><name value="g"/><campaignDBID value="1"/>' +
        '<groupType value="7"/></CfgCampaignGroup></ConfData>',
    );
    expect(error.message).toBe(
      "config.xml:1:11: CfgCampaignGroup[0].groupType: " +
        'expected 5 (CFGAgentGroup) or 6 (CFGPlaceGroup), got "7"',
    );
  });
});
