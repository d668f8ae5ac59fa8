import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { importConfig } from "../../../src/model/import/importConfig";
import { loadConfig } from "../../../src/model/loadConfig";

const FOLDERS = "test/fixtures/import/psdk-json/find-folders.json";
const OBJECTS = "test/fixtures/import/psdk-json/objects.json";

function importText(content: string) {
  return importConfig({ path: "answer.json", content });
}

function importError(content: unknown): string {
  try {
    importText(JSON.stringify(content));
  } catch (error) {
    if (error instanceof ConfigImportError) return error.message;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("importConfig on PSDK objects as JSON ($class)", () => {
  it("reads a folder-listing answer, folders flattened, objects in folders of type 27 and 38", () => {
    const file = importConfig({ path: FOLDERS, content: readFileSync(FOLDERS) });
    expect(file.format).toBe("psdk-json");
    expect(file.objects.map((o) => [o.kind, o.name])).toEqual([
      ["campaign", "Sales"],
      ["campaignGroup", "Sales@Team A"],
      ["campaignGroup", "Team B"],
      ["callingList", "CL Sales"],
    ]);
    expect(file.objects[0]).toMatchObject({
      dbid: 101,
      state: "Enabled",
      callingLists: [{ callingList: { dbid: 201 }, share: 0, isActive: true }],
    });
    expect(file.objects[1]).toMatchObject({
      campaign: { dbid: 101 },
      group: { dbid: 120, groupType: "AgentGroup" },
      dialMode: "Power",
      optMethod: "BusyFactor",
      optMethodValue: 80,
    });
    // An item with no $class takes its folder's type (38: campaign groups).
    expect(file.objects[2]).toMatchObject({
      dialMode: "Preview",
      group: { groupType: "AgentGroup" },
    });
  });

  it("reads a list of objects: groups with groupInfo or flat, persons, campaign-level groups", () => {
    const model = loadConfig([{ path: OBJECTS, content: readFileSync(OBJECTS) }]);
    expect(model.files[0]?.skipped).toEqual(["CfgDN: 1 object"]);
    expect(model.byKind.agentGroup[0]).toMatchObject({ name: "Team A", dbid: 120 });
    expect(model.byKind.agentGroup[0]?.agents.map((a) => a.key !== null)).toEqual([true, true]);
    expect(model.byKind.placeGroup[0]).toMatchObject({ name: "Floor 1", places: [{ dbid: 801 }] });
    expect(model.byKind.person.map((p) => [p.name, p.employeeId, p.isAgent])).toEqual([
      ["ana", "E130", true],
      ["boss", undefined, false],
    ]);
    expect(JSON.stringify(model.byKind.person)).not.toContain("S3cr3t");
    expect(model.byKind.campaignGroup).toMatchObject([
      { name: "Renewals@Team A", listedOnCampaign: true, dialMode: "Predict" },
    ]);
  });

  it("reads one object on its own", () => {
    const file = importText('{"$class": "CfgCampaign", "id": 7, "name": "Solo"}');
    expect(file.objects).toMatchObject([{ kind: "campaign", name: "Solo", dbid: 7 }]);
  });

  it("says what is missing from an answer it recognised", () => {
    expect(importError({ status: { code: 0 } })).toBe(
      'answer.json: a Genesys API answer ({"status", "data"}) with no "data": expected a list of folders or PSDK objects ({"$class": "CfgCampaign", ...})',
    );
    expect(importError({ status: { code: 3, message: "Not authorized" } })).toBe(
      'answer.json: status.code: a Genesys API answer with status code 3 ("Not authorized"): it holds no configuration',
    );
  });

  it("says which object lacks what, at its JSON path", () => {
    expect(
      importError({
        status: { code: 0 },
        data: [{ $class: "CfgFolder", type: 38, items: [{ id: 1, name: "G" }] }],
      }),
    ).toBe('answer.json: data[0].items[0].campaignId: a CfgCampaignGroup with no "campaignId"');
    expect(importError([{ id: 1, name: "x" }])).toBe(
      'answer.json: [0]: an object with no "$class", in no folder that says what it holds: expected {"$class": "CfgCampaign", ...}',
    );
    expect(importError([{ $class: "CfgCampaign", name: 5 }])).toBe(
      "answer.json: [0].name: a CfgCampaign whose name is 5, not a text",
    );
    expect(
      importError([{ $class: "CfgCampaignGroup", name: "g", campaignId: 1, dialMode: "Turbo" }]),
    ).toContain("dialMode: expected one of 0 (CFGDMNoDialMode)");
  });

  it("leaves a mutagen export to the mutagen importers", () => {
    const file = importText('{"__metadata__": {"formatName": "JSON"}, "campaigns": []}');
    expect(file.format).toBe("mutagen-json");
  });
});
