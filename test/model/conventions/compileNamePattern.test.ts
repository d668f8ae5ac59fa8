import fc from "fast-check";
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

describe("compileNamePattern on arbitrary input", () => {
  it("answers every pattern with a regular expression or a reason, never an exception", () => {
    const pieces = fc.constantFrom(
      "a",
      "b",
      "_",
      ".",
      "\\d",
      "\\w",
      "\\s",
      "\\p{Lu}",
      "[a-z]",
      "[^_]",
      "(",
      ")",
      "(?:",
      "(?=",
      "(?<n>",
      "|",
      "*",
      "+",
      "?",
      "{2}",
      "{1,}",
      "{1,3}",
      "^",
      "$",
      "\\b",
      "\\1",
      "\\k<n>",
      "[",
      "]",
      "\\u{1F600}",
      "é",
      "\\-",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const compiled = compileNamePattern(parts.join(""));
        expect(compiled.ok ? compiled.regex instanceof RegExp : compiled.reason.length > 0).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("accepts only patterns that stay fast on names built to make them backtrack", () => {
    const pieces = fc.constantFrom(
      "a",
      "b",
      "_",
      ".",
      "\\w",
      "[a-z]",
      "(",
      ")",
      "(?:",
      "|",
      "*",
      "+",
      "?",
      "{1,3}",
    );
    const adversarial = [
      "a".repeat(40) + "!",
      "ab".repeat(20) + "!",
      "a_".repeat(20) + "!",
      "_".repeat(40) + "!",
    ];
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const compiled = compileNamePattern(parts.join(""));
        if (!compiled.ok) return;
        const start = performance.now();
        for (const name of adversarial) compiled.regex.test(name);
        // An exponential pattern takes years on 41 characters; an accepted one, microseconds.
        expect(performance.now() - start).toBeLessThan(1000);
      }),
      { numRuns: 400 },
    );
  });
});
