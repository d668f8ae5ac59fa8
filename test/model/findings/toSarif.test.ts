import { describe, expect, it } from "vitest";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { toSarif } from "../../../src/model/findings/toSarif";
import { loadConfig } from "../../../src/model/loadConfig";
import { RULES } from "../../../src/model/rules/ruleRegistry";
import { runRules } from "../../../src/model/rules/runRules";
import { expectValidSarif } from "./expectValidSarif";
import { loadMutagenSample } from "./loadSample";

describe("toSarif", () => {
  it("is a valid SARIF 2.1.0 log for mutagen's misnamed campaign group, with the rule and the expected id", () => {
    const { model, path } = loadMutagenSample("campaignGroups-config.json");
    const log = expectValidSarif(toSarif(runRules(model), RULES, { toolVersion: "0.1.0" }));
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe("campaign-lens");
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const result = run.results.find((r) => r.ruleId === "group-name-mismatch")!;
    expect(result.level).toBe("error");
    expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe("group-name-mismatch");
    expect(result.message.text).toMatch(
      /Suggestion: campaignGroupCampaign@campaignGroupAgentGroup$/,
    );
    expect(result.locations[0]?.physicalLocation?.artifactLocation.uri).toBe(path);
    expect(result.locations[0]?.logicalLocations[0]).toEqual({
      name: "cfgObjectTest",
      fullyQualifiedName: "campaignGroups[0]",
      kind: "object",
    });
  });

  it("gives a line and column for findings in Configuration Server XML, and maps info to note", () => {
    const { text, manifest } = generateConfig({
      objects: 1500,
      seed: 1,
      defects: 0.3,
      format: "xml",
    });
    expect(manifest.findings.map((f) => f.rule)).toContain("disabled-in-use");
    const model = loadConfig([{ path: "exports/Config Server.xml", content: text }]);
    const findings = runRules(model);
    const log = expectValidSarif(toSarif(findings, RULES));
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(findings.length);
    const located = results.filter((r) => r.locations[0]?.physicalLocation?.region);
    expect(located.length).toBeGreaterThan(0);
    const first = located[0]!.locations[0]!.physicalLocation!;
    expect(first.artifactLocation.uri).toBe("exports/Config%20Server.xml");
    expect(first.region!.startLine).toBeGreaterThan(1);
    const info = findings.findIndex((f) => f.severity === "info");
    expect(info).toBeGreaterThanOrEqual(0);
    expect(results[info]?.level).toBe("note");
  });

  it("gives the rules' default levels, warning and note included", () => {
    const log = expectValidSarif(toSarif([], RULES));
    const levels = Object.fromEntries(
      log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration]),
    );
    expect(levels["group-name-mismatch"]).toEqual({ level: "error" });
    expect(levels["name-whitespace"]).toEqual({ level: "warning" });
    expect(levels["disabled-in-use"]).toEqual({ level: "note" });
    expect(log.runs[0]!.results).toEqual([]);
  });
});
