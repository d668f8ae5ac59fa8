import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("confusable-names", () => {
  it('flags campaigns "Sales" and "SALES" as differing only by letter case', () => {
    const findings = findingsOf(
      "confusable-names",
      loadMutagen({ campaigns: [campaign("Sales"), campaign("SALES")] }),
    );
    expect(findings.map((f) => f.name)).toEqual(["SALES", "Sales"]);
    expect(findings[1]?.message).toBe(
      `Campaign "Sales" and campaign "SALES" in tenant "Environment" differ only by letter case.`,
    );
    expect(findings[1]?.severity).toBe("warning");
  });

  it("flags a full-width digit as a Unicode compatibility form", () => {
    const findings = findingsOf(
      "confusable-names",
      loadMutagen({ campaigns: [campaign("Team 1"), campaign("Team \uFF11")] }),
    );
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain("differ only by Unicode compatibility form (NFKC)");
  });

  it("lists up to three look-alikes and counts the rest", () => {
    const names = ["abc", "ABC", "Abc", "aBc", "abC"];
    const findings = findingsOf(
      "confusable-names",
      loadMutagen({ campaigns: names.map((n) => campaign(n)) }),
    );
    expect(findings).toHaveLength(5);
    expect(findings.find((f) => f.name === "abc")?.message).toContain(
      `campaign "ABC", "Abc", "aBc" and 1 more`,
    );
  });

  it("does not compare different kinds or tenants", () => {
    const model = loadMutagen({
      campaigns: [campaign("Sales"), campaign("SALES", [], { tenant: "Other" })],
      placeGroups: [{ group: { name: "sales", tenant: "Environment" }, places: [] }],
    });
    expect(findingsOf("confusable-names", model)).toEqual([]);
  });

  it("leaves identical names to duplicate-name", () => {
    const model = loadMutagen({ campaigns: [campaign("Sales"), campaign("Sales")] });
    expect(findingsOf("confusable-names", model)).toEqual([]);
  });
});
