import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model/findings/Finding";
import { diffFindings } from "../../../src/model/diff/diffFindings";

const finding = (rule: string, name: string, message = "m"): Finding => ({
  rule,
  severity: "error",
  kind: "campaignGroup",
  tenant: "Environment",
  name,
  statId: null,
  message,
  suggestion: null,
  file: null,
  location: null,
  object: null,
});

describe("diffFindings", () => {
  it("reports a finding only after as introduced and one only before as fixed", () => {
    const diff = diffFindings(
      [finding("group-name-mismatch", "Team A"), finding("duplicate-name", "Sales")],
      [finding("group-name-mismatch", "Team A"), finding("group-name-mismatch", "Team B")],
    );
    expect(diff.introduced.map((f) => [f.rule, f.name])).toEqual([
      ["group-name-mismatch", "Team B"],
    ]);
    expect(diff.fixed.map((f) => [f.rule, f.name])).toEqual([["duplicate-name", "Sales"]]);
  });

  it("keeps a finding whose message changed as the same finding", () => {
    const diff = diffFindings(
      [finding("group-name-mismatch", "Team A", "expected Sales@Team A")],
      [finding("group-name-mismatch", "Team A", "expected Sales_EU@Team A")],
    );
    expect(diff).toEqual({ introduced: [], fixed: [] });
  });

  it("counts one of two duplicate findings removed as one fixed", () => {
    const diff = diffFindings(
      [finding("duplicate-name", "Sales"), finding("duplicate-name", "Sales")],
      [finding("duplicate-name", "Sales")],
    );
    expect(diff.introduced).toEqual([]);
    expect(diff.fixed).toHaveLength(1);
  });
});
