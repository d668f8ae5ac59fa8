import { describe, expect, it } from "vitest";
import { runRules } from "../../../src/model/rules/runRules";
import { findRule, RULES } from "../../../src/model/rules/ruleRegistry";
import { agentGroup, campaign, campaignGroup, loadMutagen } from "./mutagenFixtures";

/** A configuration with an error (mismatch), warnings (no calling list, empty group) and info. */
const model = loadMutagen({
  campaigns: [campaign("Sales"), campaign("Retention", ["L"])],
  campaignGroups: [
    campaignGroup("Team A", "Sales", "Team A"),
    campaignGroup("Retention@Team B", "Retention", "Team B"),
  ],
  agentGroups: [agentGroup("Team A"), agentGroup("Team B", [], { state: "disabled" })],
});

describe("runRules", () => {
  it("reports errors, then warnings, then info, each sorted by rule, tenant and name", () => {
    expect(runRules(model).map((f) => [f.severity, f.rule, f.name])).toEqual([
      ["error", "group-name-mismatch", "Team A"],
      ["warning", "campaign-without-calling-lists", "Sales"],
      ["warning", "empty-group", "Team A"],
      ["warning", "empty-group", "Team B"],
      ["info", "disabled-in-use", "Team B"],
    ]);
  });

  it("turns a rule off", () => {
    const rules = runRules(model, { "empty-group": "off" }).map((f) => f.rule);
    expect(rules).not.toContain("empty-group");
    expect(rules).toContain("group-name-mismatch");
  });

  it("re-grades a rule, and sorts by the new severity", () => {
    const findings = runRules(model, { "disabled-in-use": "error", "group-name-mismatch": "info" });
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([
      ["error", "disabled-in-use"],
      ["warning", "campaign-without-calling-lists"],
      ["warning", "empty-group"],
      ["warning", "empty-group"],
      ["info", "group-name-mismatch"],
    ]);
  });

  it("ignores settings for rules it does not know, and inherited keys", () => {
    const settings = JSON.parse('{"no-such-rule":"off","__proto__":{"empty-group":"off"}}');
    expect(runRules(model, settings)).toEqual(runRules(model));
  });

  it("refuses a level that is not off, error, warning or info, naming the rule", () => {
    const settings = JSON.parse('{"empty-group":"fatal"}');
    expect(() => runRules(model, settings)).toThrow(
      'Rule setting for "empty-group" must be off, error, warning or info; got "fatal".',
    );
  });

  it("fills every field of a finding", () => {
    const [finding] = runRules(model);
    expect(finding).toEqual({
      rule: "group-name-mismatch",
      severity: "error",
      kind: "campaignGroup",
      tenant: "Environment",
      name: "Team A",
      statId: "Sales@Team A",
      message: expect.stringContaining("the group's name alone"),
      suggestion: "Sales@Team A",
      file: "config.json",
      location: "campaignGroups[0]",
      object: model.byKind.campaignGroup[0]!.key,
    });
  });
});

describe("the rule registry", () => {
  it("holds every rule of issue 2 once, each with a description and an explanation", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([
      "agent-without-employee-id",
      "ambiguous-group-name",
      "at-sign-in-name",
      "campaign-group-disagreement",
      "campaign-without-calling-lists",
      "campaign-without-groups",
      "confusable-names",
      "disabled-in-use",
      "duplicate-name",
      "empty-group",
      "group-name-mismatch",
      "inactive-calling-list",
      "invisible-character",
      "missing-group",
      "missing-name",
      "name-too-long",
      "name-whitespace",
      "non-agent-in-agent-group",
      "record-buffer-sizes",
      "unknown-reference",
    ]);
    for (const rule of RULES) {
      expect(rule.description, rule.id).not.toContain("\n");
      expect(rule.description.length, rule.id).toBeGreaterThan(20);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(150);
    }
  });

  it("finds a rule by id and answers undefined for an unknown id", () => {
    expect(findRule("group-name-mismatch")?.defaultSeverity).toBe("error");
    expect(findRule("disabled-in-use")?.defaultSeverity).toBe("info");
    expect(findRule("nope")).toBeUndefined();
  });
});
