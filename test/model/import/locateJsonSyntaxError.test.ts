import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonSyntaxError } from "../../../src/model/import/locateJsonSyntaxError";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON text, then damaged: cut short, or a character put in or taken out somewhere. */
const damagedJson = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom("cut", "insert", "delete"),
    fc.constantFrom("}", "]", ",", ":", '"', "\\", "x", "1", " ", "\n", "\u0001", "{", "["),
  )
  .map(([text, at, damage, char]) => {
    const i = at % (text.length + 1);
    if (damage === "cut") return text.slice(0, i);
    if (damage === "insert") return text.slice(0, i) + char + text.slice(i);
    return text.slice(0, i) + text.slice(i + 1);
  });

describe("locateJsonSyntaxError", () => {
  it("finds no error in any text JSON.parse accepts, and one in any text it refuses", () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        const located = locateJsonSyntaxError(text);
        expect(located === undefined).toBe(parses(text));
        if (located !== undefined) {
          expect(located.position).toBeGreaterThanOrEqual(0);
          expect(located.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("points at the end of a truncated document", () => {
    expect(locateJsonSyntaxError('{"a": [1, 2')).toEqual({
      position: 11,
      message: "Unexpected end of JSON input",
    });
  });

  it("points at the character that breaks the grammar", () => {
    expect(locateJsonSyntaxError('{"a": [1, 2}')).toEqual({
      position: 11,
      message: "Expected ',' or ']' after array element",
    });
    expect(locateJsonSyntaxError('{"a" 1}')).toEqual({
      position: 5,
      message: "Expected ':' after property name",
    });
    expect(locateJsonSyntaxError("{'a': 1}")).toEqual({
      position: 1,
      message: "Expected double-quoted property name",
    });
    expect(locateJsonSyntaxError("[1] [2]")).toEqual({
      position: 4,
      message: "Unexpected non-whitespace character after JSON",
    });
  });

  it("scans a deeply nested document without overflowing the stack", () => {
    const deep = "[".repeat(200_000);
    expect(locateJsonSyntaxError(deep)).toEqual({
      position: 200_000,
      message: "Unexpected end of JSON input",
    });
  });
});
