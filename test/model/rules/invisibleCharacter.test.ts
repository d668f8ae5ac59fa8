import { describe, expect, it } from "vitest";
import { findInvisibleCharacters } from "../../../src/model/rules/findInvisibleCharacters";
import { findingsOf } from "./findingsOf";
import { agentGroup, campaign, loadMutagen } from "./mutagenFixtures";

describe("invisible-character", () => {
  it("names a zero-width space and its position", () => {
    const [finding] = findingsOf(
      "invisible-character",
      loadMutagen({ campaigns: [campaign("Sales\u200BEast")] }),
    );
    expect(finding).toMatchObject({ severity: "error", kind: "campaign", suggestion: "SalesEast" });
    expect(finding?.message).toBe(
      `Campaign "Sales\u200BEast" contains an invisible character: U+200B ZERO WIDTH SPACE at position 6.`,
    );
  });

  it("turns a no-break space into an ordinary space in the suggestion", () => {
    const [finding] = findingsOf(
      "invisible-character",
      loadMutagen({ agentGroups: [agentGroup("Team\u00A0A")] }),
    );
    expect(finding?.message).toContain("U+00A0 NO-BREAK SPACE at position 5");
    expect(finding?.suggestion).toBe("Team A");
  });

  it("finds bidirectional controls, controls and a byte order mark, counting positions in characters", () => {
    expect(
      findInvisibleCharacters("\u{1F600}\u202Eab\tc\uFEFF").map((c) => [c.label, c.position]),
    ).toEqual([
      ["U+202E RIGHT-TO-LEFT OVERRIDE", 2],
      ["U+0009 CHARACTER TABULATION", 5],
      ["U+FEFF ZERO WIDTH NO-BREAK SPACE", 7],
    ]);
  });

  it("labels an unnamed control character by its category", () => {
    expect(findInvisibleCharacters("a\u0007")[0]?.label).toBe("U+0007 control character");
  });

  it("accepts non-Latin letters and ordinary spaces", () => {
    expect(findInvisibleCharacters("Продажи 東京 Ventes")).toEqual([]);
  });

  it("sums up after naming five characters", () => {
    const [finding] = findingsOf(
      "invisible-character",
      loadMutagen({ campaigns: [campaign("a\u200B\u200B\u200B\u200B\u200B\u200B\u200Bb")] }),
    );
    expect(finding?.message).toContain("7 invisible characters");
    expect(finding?.message).toContain(", and 2 more.");
  });
});
