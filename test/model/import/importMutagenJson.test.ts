import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportedFile } from "../../../src/model/config/ConfigModel";
import type { ConfigKind } from "../../../src/model/config/kinds";
import type { ImportedObject } from "../../../src/model/config/objects";
import { importConfig } from "../../../src/model/import/importConfig";

const EXPORTS = resolve("../shared/samples/mutagen/export-json");

function importSample(name: string): ImportedFile {
  return importConfig({ path: name, content: readFileSync(resolve(EXPORTS, name)) });
}

function only<K extends ConfigKind>(file: ImportedFile, kind: K) {
  const found = file.objects.filter((o) => o.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as Extract<ImportedObject, { kind: K }>;
}

describe("importConfig on mutagen JSON exports", () => {
  const EXPECTED_COUNTS: Record<string, Partial<Record<ConfigKind, number>>> = {
    "agentGroups-config.json": { agentGroup: 1 },
    "agentGroups-updated-config.json": { agentGroup: 1 },
    "campaignGroups-config.json": { agentGroup: 1, campaign: 1, campaignGroup: 1 },
    "campaignGroups-invalid-config.json": { campaign: 1, campaignGroup: 1 },
    "campaignGroups-updated-config.json": { campaignGroup: 1 },
    "campaigns-config.json": { campaign: 1 },
    "campaigns-updated-config.json": { campaign: 1 },
    "compact_configuration.json": { person: 1 },
    "persons-config.json": { person: 1 },
    "persons-invalid-config.json": { person: 1 },
    "placeGroups-config.json": { placeGroup: 1, place: 2 },
    "placeGroups-updated-config.json": { placeGroup: 1 },
    "places-config.json": { place: 1 },
    "tenants-config.json": { tenant: 1 },
    "validate-missing-dependency-config.json": { tenant: 2 },
    "validate-multiple-validation-errors-config.json": { tenant: 2 },
    "validate-valid-config.json": {},
    "validate-validation-dependencies-config.json": {},
  };

  it("has an expectation for every sample export", () => {
    expect(readdirSync(EXPORTS).sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it.each(Object.entries(EXPECTED_COUNTS))("loads %s with %j", (name, counts) => {
    const file = importSample(name);
    expect(file.path).toBe(name);
    expect(["mutagen-json", "mutagen-compact-json"]).toContain(file.format);
    const found: Partial<Record<ConfigKind, number>> = {};
    for (const o of file.objects) found[o.kind] = (found[o.kind] ?? 0) + 1;
    expect(found).toEqual(counts);
  });

  it("reads the badly named campaign group cfgObjectTest of campaignGroups-config.json", () => {
    const file = importSample("campaignGroups-config.json");
    expect(file.format).toBe("mutagen-json");
    expect(file.objects).toHaveLength(3);
    expect([...file.carries].sort()).toEqual(["agentGroup", "campaign", "campaignGroup"]);
    const group = only(file, "campaignGroup");
    expect(group).toMatchObject({
      name: "cfgObjectTest",
      tenant: "Environment",
      state: "Enabled",
      campaign: { name: "campaignGroupCampaign" },
      group: { name: "campaignGroupAgentGroup", groupType: "AgentGroup" },
      dialMode: "Predict",
      optMethod: "OverdialRate",
      optMethodValue: 1,
      operationMode: "Manual",
      numOfChannels: 1,
      minRecBuffSize: 4,
      optRecBuffSize: 6,
      description: "description",
      source: { file: "campaignGroups-config.json", path: "campaignGroups", index: 0 },
    });
    expect(group.extra.interactionQueue).toBe("campaignGroupInteractionQueue");
    expect(group.extra.servers).toEqual(["campaignGroupApplication"]);
    expect(only(file, "campaign")).toMatchObject({
      name: "campaignGroupCampaign",
      tenant: "Environment",
      callingLists: [],
    });
    expect(only(file, "agentGroup")).toMatchObject({
      name: "campaignGroupAgentGroup",
      agents: [],
    });
  });

  it("lists the sections it skips with their object counts", () => {
    expect(importSample("campaignGroups-config.json").skipped).toEqual([
      "appPrototypes: 1 object",
      "applications: 1 object",
      "dns: 1 object",
      "gvpIVRProfiles: 1 object",
      "physicalSwitches: 1 object",
      "scripts: 2 objects",
      "switches: 1 object",
    ]);
  });

  it("takes a campaign group's tenant from its campaign when it has none of its own", () => {
    const file = importConfig({
      path: "cg.json",
      content: JSON.stringify({
        __metadata__: { formatName: "JSON" },
        campaignGroups: [{ name: "Sales@Team A", campaign: { name: "Sales", tenant: "Acme" } }],
      }),
    });
    expect(only(file, "campaignGroup")).toMatchObject({ tenant: "Acme", group: null });
  });

  it("loads a campaign group with no group at all (campaignGroups-invalid-config.json)", () => {
    const group = only(importSample("campaignGroups-invalid-config.json"), "campaignGroup");
    expect(group.group).toBeNull();
    expect(group.tenant).toBe("Environment");
  });

  it("defaults a group with no state to Enabled (agentGroups-config.json)", () => {
    const group = only(importSample("agentGroups-config.json"), "agentGroup");
    expect(group).toMatchObject({ name: "cfgObjectTest", tenant: "Environment", state: "Enabled" });
    expect(group.extra.capacityRule).toBe("agentGroupCapacityRule");
    expect(group.extra.managers).toEqual(["0"]);
  });

  it("reads a campaign's calling lists by name, with share 10 and active by default", () => {
    const file = importConfig({
      path: "campaigns.json",
      content: JSON.stringify({
        __metadata__: { formatName: "JSON" },
        campaigns: [
          {
            name: "Sales",
            tenant: "Environment",
            callingLists: [
              { callingList: "Leads" },
              { callingList: "Old leads", share: 0, isActive: false },
            ],
          },
        ],
      }),
    });
    expect(only(file, "campaign").callingLists).toEqual([
      { callingList: { name: "Leads" }, share: 10, isActive: true },
      { callingList: { name: "Old leads" }, share: 0, isActive: false },
    ]);
    expect(file.carries).toEqual(["campaign"]);
  });

  it("reads place groups and their places by name (placeGroups-config.json)", () => {
    const file = importSample("placeGroups-config.json");
    expect(only(file, "placeGroup")).toMatchObject({
      name: "cfgObjectTest",
      places: [{ name: "placeGroupPlace1" }, { name: "placeGroupPlace2" }],
    });
    expect(file.objects.filter((o) => o.kind === "place").map((o) => o.name)).toEqual([
      "placeGroupPlace1",
      "placeGroupPlace2",
    ]);
  });

  it("reads members that an update file puts inside the place group's group part", () => {
    const group = only(importSample("placeGroups-updated-config.json"), "placeGroup");
    expect(group.places).toEqual([{ name: "placeGroupPlace1" }]);
  });

  it("names a person by userName and reads the agent flag (persons-config.json)", () => {
    expect(only(importSample("persons-config.json"), "person")).toMatchObject({
      name: "cfgObjectTest",
      employeeId: "cfgObjectTest",
      firstName: "firstName",
      lastName: "lastName",
      isAgent: false,
      tenant: "Environment",
    });
  });

  it("loads a person without userName with an empty name (persons-invalid-config.json)", () => {
    expect(only(importSample("persons-invalid-config.json"), "person")).toMatchObject({
      name: "",
      employeeId: "emptyCfgObjectTest",
    });
  });

  it("reads COMPACT_JSON (compact_configuration.json)", () => {
    const file = importSample("compact_configuration.json");
    expect(file.format).toBe("mutagen-compact-json");
    expect(only(file, "person")).toMatchObject({ name: "pdeschen", employeeId: "333" });
  });

  it("names a tenant's own tenant after itself and keeps its parent (tenants-config.json)", () => {
    expect(only(importSample("tenants-config.json"), "tenant")).toMatchObject({
      name: "cfgObjectTest",
      tenant: "cfgObjectTest",
      parentTenant: "Environment",
    });
  });

  it("carries nothing and skips everything in a file of other object types", () => {
    const file = importSample("validate-valid-config.json");
    expect(file.objects).toEqual([]);
    expect(file.carries).toEqual([]);
    expect(file.skipped).toEqual(["enumeratorValues: 1 object"]);
  });
});
