import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportedFile } from "../../../src/model/config/ConfigModel";
import { asDbid } from "../../../src/model/config/ids";
import { importConfig } from "../../../src/model/import/importConfig";

const EXPORTS = resolve("../shared/samples/mutagen/export-raw");

function importFile(path: string): ImportedFile {
  return importConfig({ path, content: readFileSync(path) });
}

function named(file: ImportedFile, name: string) {
  const found = file.objects.find((o) => o.name === name);
  if (found === undefined) throw new Error(`no object named ${name}`);
  return found;
}

describe("importConfig on mutagen RAW exports", () => {
  it("carries every modelled type of empty_configuration.json, with no objects", () => {
    const file = importFile(resolve(EXPORTS, "empty_configuration.json"));
    expect(file.format).toBe("mutagen-raw");
    expect(file.objects).toEqual([]);
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
    expect(file.skipped).toEqual([]);
  });

  it("skips the switches of sorted_switch.json and says how many", () => {
    const file = importFile(resolve(EXPORTS, "sorted_switch.json"));
    expect(file.objects).toEqual([]);
    expect(file.carries).toEqual([]);
    expect(file.skipped).toEqual(["CFGSwitch: 3 objects"]);
  });

  it("skips the application of application.json", () => {
    expect(importFile(resolve(EXPORTS, "application.json")).skipped).toEqual([
      "CFGApplication: 1 object",
    ]);
  });

  describe("a hand-written outbound configuration", () => {
    const file = importFile("test/fixtures/import/outbound-raw.json");

    it("reads every modelled object and skips the switch", () => {
      expect(file.objects).toHaveLength(13);
      expect(file.skipped).toEqual(["CFGSwitch: 1 object"]);
      expect(file.carries).toContain("place");
    });

    it("reads campaign calling lists, a single entry included, with PSDK defaults", () => {
      expect(named(file, "Sales")).toMatchObject({
        kind: "campaign",
        dbid: 101,
        tenant: "",
        tenantDbid: 1,
        description: "Spring sales",
        callingLists: [
          { callingList: { dbid: 201 }, share: 10, isActive: true },
          { callingList: { dbid: 202 }, share: 0, isActive: false },
        ],
        source: { path: "CFGCampaign", index: 0 },
      });
      expect(named(file, "Sales").extra).toEqual({ scriptDBID: 0 });
      expect(named(file, "Retention")).toMatchObject({
        state: "Disabled",
        callingLists: [{ callingList: { dbid: 201 }, share: 10, isActive: true }],
      });
    });

    it("reads campaign groups with integer and PSDK-constant enums", () => {
      expect(named(file, "Sales@Team A")).toMatchObject({
        kind: "campaignGroup",
        campaign: { dbid: 101 },
        group: { dbid: 401, groupType: "AgentGroup" },
        dialMode: "Predict",
        optMethod: "OverdialRate",
        optMethodValue: 3,
        operationMode: "Manual",
        numOfChannels: 10,
        minRecBuffSize: 4,
        optRecBuffSize: 6,
      });
      expect(named(file, "Retention Floor 2")).toMatchObject({
        group: { dbid: 402, groupType: "PlaceGroup" },
        dialMode: "Preview",
      });
    });

    it("reads group members from a list of several and from a single element", () => {
      expect(named(file, "Team A")).toMatchObject({
        kind: "agentGroup",
        dbid: 401,
        tenantDbid: 1,
        agents: [{ dbid: 120 }, { dbid: 121 }],
      });
      expect(named(file, "Team A").extra).toEqual({ capacityRuleDBID: 0 });
      expect(named(file, "Team B")).toMatchObject({ agents: [{ dbid: 122 }] });
      expect(named(file, "Floor 2")).toMatchObject({ kind: "placeGroup", places: [{ dbid: 801 }] });
    });

    it("reads a calling list named with digits, which RAW turns into a number", () => {
      expect(named(file, "2024")).toMatchObject({ kind: "callingList", dbid: 202 });
      expect(named(file, "Leads spring")).toMatchObject({
        timeFrom: 28800,
        timeUntil: 64800,
        maxAttempts: 10,
      });
    });

    it("reads persons' isAgent flag and employee ID", () => {
      expect(named(file, "jdoe")).toMatchObject({
        kind: "person",
        employeeId: "E120",
        isAgent: true,
        firstName: "Jane",
      });
      expect(named(file, "admin")).toMatchObject({ employeeId: "121", isAgent: false });
    });

    it("names the tenant after itself", () => {
      expect(named(file, "Environment")).toMatchObject({
        kind: "tenant",
        dbid: asDbid(1),
        tenant: "Environment",
      });
    });
  });
});
