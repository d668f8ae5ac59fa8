import { describe, expect, it } from "vitest";
import { conventionRules } from "../../../src/model/conventions/conventionRules";
import { parseNamingConventions } from "../../../src/model/conventions/parseNamingConventions";
import { runRules } from "../../../src/model/rules/runRules";
import { buildSnapshot, callingList, campaign } from "../diff/buildSnapshot";

const house = parseNamingConventions(
  "house.json",
  JSON.stringify({
    conventions: {
      campaign: {
        pattern: "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]",
        severity: "warning",
        message: "Campaigns are named Region_Product_Quarter.",
      },
      callingList: { prefix: "CL_", style: "UPPER_SNAKE", severity: "error" },
    },
  }),
);

describe("conventionRules", () => {
  it("makes one rule per kind, convention/<kind>, with its own explanation", () => {
    const rules = conventionRules(house);
    expect(rules.map((r) => [r.id, r.defaultSeverity])).toEqual([
      ["convention/campaign", "warning"],
      ["convention/callingList", "error"],
    ]);
    expect(rules[1]!.explanation).toContain(
      'calling list names must start with "CL_", then be written in UPPER_SNAKE',
    );
    expect(rules[0]!.description).toBe("Campaigns are named Region_Product_Quarter.");
  });

  it("flags calling list paris_north and suggests CL_PARIS_NORTH, through runRules", () => {
    const model = buildSnapshot([
      campaign("Europe_Loans_Q3", [{ name: "paris_north" }, { name: "CL_LYON" }]),
      callingList("paris_north"),
      callingList("CL_LYON"),
    ]);
    const findings = runRules(model, {}, undefined, conventionRules(house)).filter((f) =>
      f.rule.startsWith("convention/"),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: "convention/callingList",
        severity: "error",
        kind: "callingList",
        name: "paris_north",
        message:
          'Calling list "paris_north" does not follow the house convention: names must start with "CL_", then be written in UPPER_SNAKE.',
        suggestion: "CL_PARIS_NORTH",
      }),
    ]);
  });

  it("flags campaign Sales against a pattern, with the convention's message and no suggestion", () => {
    const model = buildSnapshot([campaign("Sales"), campaign("Europe_Loans_Q3")]);
    const [finding] = runRules(model, {}, undefined, conventionRules(house)).filter(
      (f) => f.rule === "convention/campaign",
    );
    expect(finding).toMatchObject({
      name: "Sales",
      severity: "warning",
      suggestion: null,
      message:
        'Campaign "Sales" does not follow the house convention: names must match the pattern /[A-Z][a-z]+_[A-Za-z]+_Q[1-4]/. Campaigns are named Region_Product_Quarter.',
    });
  });

  it("obeys rule settings like any rule: convention/campaign off", () => {
    const model = buildSnapshot([campaign("Sales")]);
    const findings = runRules(
      model,
      { "convention/campaign": "off" },
      undefined,
      conventionRules(house),
    );
    expect(findings.filter((f) => f.rule.startsWith("convention/"))).toEqual([]);
  });

  it("does not test names longer than 255 characters (name-too-long reports them)", () => {
    const model = buildSnapshot([campaign("x".repeat(256))]);
    const findings = runRules(model, {}, undefined, conventionRules(house));
    expect(findings.map((f) => f.rule)).toContain("name-too-long");
    expect(findings.map((f) => f.rule)).not.toContain("convention/campaign");
  });
});
