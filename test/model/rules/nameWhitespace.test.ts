import { describe, expect, it } from "vitest";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen, person } from "./mutagenFixtures";

describe("name-whitespace", () => {
  it('flags a trailing space in campaign "Sales " and suggests "Sales"', () => {
    const [finding] = findingsOf(
      "name-whitespace",
      loadMutagen({ campaigns: [campaign("Sales ")] }),
    );
    expect(finding).toMatchObject({ severity: "warning", name: "Sales ", suggestion: "Sales" });
    expect(finding?.message).toBe(`Campaign "Sales " has 1 trailing white-space character.`);
  });

  it("names leading white space and a run of spaces with its position", () => {
    const [finding] = findingsOf(
      "name-whitespace",
      loadMutagen({ campaigns: [campaign("  Sales   East")] }),
    );
    expect(finding?.message).toBe(
      `Campaign "  Sales   East" has 2 leading white-space characters and a run of 3 white-space characters at position 8.`,
    );
    expect(finding?.suggestion).toBe("Sales East");
  });

  it("checks persons' user names too", () => {
    const findings = findingsOf(
      "name-whitespace",
      loadMutagen({ persons: [person("ann ", "E1")] }),
    );
    expect(findings.map((f) => [f.kind, f.name])).toEqual([["person", "ann "]]);
  });

  it("accepts single spaces between words", () => {
    expect(
      findingsOf("name-whitespace", loadMutagen({ campaigns: [campaign("Sales East 2")] })),
    ).toEqual([]);
  });
});
