import { describe, expect, it } from "vitest";
import { compileNamePattern } from "../../../src/model/conventions/compileNamePattern";

const reasonOf = (pattern: string): string => {
  const compiled = compileNamePattern(pattern);
  return compiled.ok ? "accepted" : compiled.reason;
};

describe("compileNamePattern", () => {
  it("matches whole names: CL_[A-Z]+ accepts CL_PARIS and refuses OLD_CL_PARIS", () => {
    const compiled = compileNamePattern("CL_[A-Z]+");
    if (!compiled.ok) throw new Error(compiled.reason);
    expect(compiled.regex.test("CL_PARIS")).toBe(true);
    expect(compiled.regex.test("OLD_CL_PARIS")).toBe(false);
    expect(compiled.regex.test("CL_PARIS_")).toBe(false);
  });

  it("accepts the usual house patterns", () => {
    for (const pattern of [
      "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]",
      "CL_[A-Z0-9]+(_[A-Z0-9]+)*",
      "(?:[a-z0-9]+-)*[a-z0-9]+",
      "(\\p{Lu}\\p{Ll}*)+",
      ".*_.*_.*",
      "\\d{4}-\\d{2}",
      "(?!TEST_).*",
    ]) {
      expect(reasonOf(pattern), pattern).toBe("accepted");
    }
  });

  it("refuses an invalid regular expression, naming what is wrong", () => {
    expect(reasonOf("[a-z")).toMatch(
      /^not a valid regular expression: .*Unterminated character class/,
    );
    expect(reasonOf("a)(b")).toMatch(/^not a valid regular expression/);
    expect(reasonOf("")).toBe("the pattern is empty");
  });

  it.each([
    ["(a+)+", "more than one way"],
    ["(a|a)*", "more than one way"],
    ["([a-z]+_?)*", "more than one way"],
    ["(\\w+\\s?)*", "more than one way"],
    ["(x+x+)+y", "more than one way"],
    ["(a|ab)*c", "more than one way"],
    ["(.*a){12}", "more than one way"],
    ["(?=(a+)+)b", "more than one way"],
    ["(a?)*", "can match nothing"],
    ["(a\\1)", "back-references"],
    [".*.*.*.*x", "4 repetitions of overlapping characters"],
  ])("refuses %s as catastrophic backtracking (%s)", (pattern, why) => {
    expect(reasonOf(pattern)).toContain("could take a very long time to match");
    expect(reasonOf(pattern)).toContain(why);
  });

  it("refuses a pattern longer than 500 characters", () => {
    expect(reasonOf("a".repeat(501))).toBe(
      "the pattern is 501 characters long; at most 500 are allowed",
    );
  });

  it("accepted patterns stay fast on the worst names of 255 characters", () => {
    for (const pattern of [
      ".*_.*_.*",
      "[A-Z][a-z]+_[A-Za-z]+_Q[1-4]",
      "(?:[a-z0-9]+-)*[a-z0-9]+",
    ]) {
      const compiled = compileNamePattern(pattern);
      if (!compiled.ok) throw new Error(compiled.reason);
      const start = performance.now();
      for (const name of ["_".repeat(254) + "!", "a".repeat(254) + "!", "a-".repeat(127) + "!"]) {
        compiled.regex.test(name);
      }
      expect(performance.now() - start).toBeLessThan(200);
    }
  });
});
