import { describe, expect, it } from "vitest";
import { toFindingsJson } from "../../../src/model/findings/toFindingsJson";
import { runRules } from "../../../src/model/rules/runRules";
import { loadMutagenSample } from "./loadSample";

describe("toFindingsJson", () => {
  it("reports mutagen's campaignGroups sample: its file, its counts, the misnamed group and a summary", () => {
    const { model, path } = loadMutagenSample("campaignGroups-config.json");
    const findings = runRules(model);
    const report = JSON.parse(toFindingsJson(model.files, findings)) as {
      files: { path: string; format: string; objects: Record<string, number> }[];
      findings: Record<string, unknown>[];
      summary: Record<string, number>;
    };
    expect(report.files).toEqual([
      {
        path,
        format: "mutagen-json",
        objects: expect.objectContaining({ campaign: 1, campaignGroup: 1, agentGroup: 1 }),
      },
    ]);
    expect(report.findings).toContainEqual({
      rule: "group-name-mismatch",
      severity: "error",
      kind: "campaignGroup",
      name: "cfgObjectTest",
      statId: "campaignGroupCampaign@campaignGroupAgentGroup",
      message: expect.stringContaining(
        'is not named "campaignGroupCampaign@campaignGroupAgentGroup"',
      ),
      suggestion: "campaignGroupCampaign@campaignGroupAgentGroup",
      file: path,
      location: "campaignGroups[0]",
    });
    expect(report.summary).toEqual({
      error: findings.filter((f) => f.severity === "error").length,
      warning: findings.filter((f) => f.severity === "warning").length,
      info: findings.filter((f) => f.severity === "info").length,
    });
    expect(report.summary.error).toBeGreaterThanOrEqual(1);
  });

  it("writes absent values as null and keeps the same keys on every finding", () => {
    const { model } = loadMutagenSample("campaignGroups-invalid-config.json");
    const report = JSON.parse(toFindingsJson(model.files, runRules(model))) as {
      findings: Record<string, unknown>[];
    };
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual([
        "rule",
        "severity",
        "kind",
        "name",
        "statId",
        "message",
        "suggestion",
        "file",
        "location",
      ]);
    }
    expect(report.findings.find((f) => f.rule === "missing-group")).toMatchObject({
      name: "cfgObjectTest",
      statId: null,
    });
  });

  it("gives an empty list and zero counts when nothing is found", () => {
    const { model } = loadMutagenSample("campaigns-config.json");
    const report = JSON.parse(toFindingsJson(model.files, [])) as Record<string, unknown>;
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
