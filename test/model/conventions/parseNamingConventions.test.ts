import { describe, expect, it } from "vitest";
import { parseNamingConventions } from "../../../src/model/conventions/parseNamingConventions";
import { NamingConventionsError } from "../../../src/model/conventions/NamingConventionsError";

const problemsOf = (text: string): readonly string[] => {
  try {
    parseNamingConventions("house.json", text);
  } catch (error) {
    if (error instanceof NamingConventionsError) return error.problems;
    throw error;
  }
  return [];
};

describe("parseNamingConventions", () => {
  it("reads a pattern and a prefixed style, with warning as the default severity", () => {
    const conventions = parseNamingConventions(
      "house.json",
      JSON.stringify({
        conventions: {
          campaign: { pattern: "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]", message: "Region_Product_Quarter" },
          callingList: { prefix: "CL_", style: "UPPER_SNAKE", severity: "error" },
        },
      }),
    );
    expect(conventions.conventions.campaign).toEqual({
      pattern: "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]",
      message: "Region_Product_Quarter",
      severity: "warning",
    });
    expect(conventions.conventions.callingList?.severity).toBe("error");
  });

  it("refuses an invalid pattern with its JSON path and the file name", () => {
    const text = JSON.stringify({ conventions: { campaign: { pattern: "[A-Z" } } });
    expect(() => parseNamingConventions("house.json", text)).toThrow(
      /^house\.json: conventions\.campaign\.pattern: not a valid regular expression: /,
    );
  });

  it("refuses a pathological pattern with its JSON path", () => {
    const text = JSON.stringify({ conventions: { agentGroup: { pattern: "([A-Z]+_?)*" } } });
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(
        /^conventions\.agentGroup\.pattern: it could take a very long time to match: /,
      ),
    ]);
  });

  it("names an unknown style, an unknown kind, a bad severity and an unknown field", () => {
    const problems = problemsOf(
      JSON.stringify({
        conventions: {
          campaign: { style: "Title Case" },
          callingList: { prefix: "CL_", severity: "fatal" },
          person: { style: "snake_case", colour: "red" },
          widget: { style: "snake_case" },
        },
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toContain("conventions.campaign.style:");
    expect(problems.join("\n")).toContain("conventions.callingList.severity:");
    expect(problems.join("\n")).toContain('conventions.person: Unrecognized key: "colour"');
    expect(problems.join("\n")).toContain("widget");
  });

  it("refuses a convention with both a pattern and a style, or with nothing to check", () => {
    expect(
      problemsOf(
        JSON.stringify({
          conventions: { campaign: { pattern: "[a-z]+", style: "snake_case" }, place: {} },
        }),
      ),
    ).toEqual([
      'conventions.campaign: give "pattern" (a regular expression) or "style" (a named style), not both',
      'conventions.place: give a "pattern", a "style" or a "prefix": this convention checks nothing',
    ]);
  });

  it("reports a JSON syntax error with its line and column", () => {
    expect(problemsOf('{\n  "conventions": {,\n}')).toEqual([
      expect.stringMatching(/^line 2, column \d+: /),
    ]);
  });
});
