import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { toRenamePlanCsv } from "../../../src/model/findings/toRenamePlanCsv";
import { loadConfig } from "../../../src/model/loadConfig";
import { runRules } from "../../../src/model/rules/runRules";
import { loadMutagenSample } from "./loadSample";

describe("toRenamePlanCsv", () => {
  it("lists mutagen's cfgObjectTest with its expected name and no DBID (mutagen JSON has none)", () => {
    const { model } = loadMutagenSample("campaignGroups-config.json");
    expect(toRenamePlanCsv(runRules(model), model)).toBe(
      "tenant,kind,DBID,current name,expected name\r\n" +
        "Environment,campaignGroup,,cfgObjectTest,campaignGroupCampaign@campaignGroupAgentGroup\r\n",
    );
  });

  it("gives each misnamed campaign group of a RAW export its DBID, and nothing else", () => {
    const { text, manifest } = generateConfig({
      objects: 1500,
      seed: 2,
      defects: 0.2,
      format: "mutagen-raw",
    });
    const model = loadConfig([{ path: "raw.json", content: text }]);
    const rows = toRenamePlanCsv(runRules(model), model).trim().split("\r\n").slice(1);
    const misnamed = manifest.findings.filter((f) => f.rule === "group-name-mismatch");
    expect(rows.length).toBeGreaterThanOrEqual(misnamed.length);
    for (const row of rows) expect(row).toMatch(/^[^,]+,campaignGroup,\d+,/);
    const byDbid = new Map(model.byKind.campaignGroup.map((g) => [String(g.dbid), g.name]));
    for (const row of rows) {
      const dbid = row.split(",")[2]!;
      expect(row).toContain(`,${dbid},${byDbid.get(dbid)}`);
    }
  });

  it('quotes names holding ";" and makes names starting with "=" text', () => {
    const { model } = loadMutagenSample("campaignGroups-config.json");
    const [mismatch] = runRules(model).filter((f) => f.rule === "group-name-mismatch");
    const hostile = {
      ...mismatch!,
      name: "=cmd|' /C calc'!A0",
      suggestion: "Sales;Q3@Team A",
    };
    expect(toRenamePlanCsv([hostile], model).split("\r\n")[1]).toBe(
      `Environment,campaignGroup,,'=cmd|' /C calc'!A0,"Sales;Q3@Team A"`,
    );
  });
});
