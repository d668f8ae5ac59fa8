import { describe, expect, it } from "vitest";
import { boundedEditDistance } from "../../src/ui/features/search/editDistance";

/** The textbook Levenshtein distance, to compare with. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
    }
  }
  return d[a.length]![b.length]!;
}

describe("boundedEditDistance", () => {
  it("is the distance up to the limit and limit + 1 beyond it", () => {
    expect(boundedEditDistance("sales@team1", "sales@team2", 2)).toBe(1);
    expect(boundedEditDistance("retentoin", "retention", 3)).toBe(2);
    expect(boundedEditDistance("abc", "xyz", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 2)).toBe(3);
  });

  it("agrees with the plain distance on many strings, characters beyond ASCII included", () => {
    let seed = 11;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const alphabet = "ab@ éÉ\u0101\u0181z";
    const word = () =>
      Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]).join("");
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = word();
      const limit = random(5);
      const exact = levenshtein(a, b);
      expect(boundedEditDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
    }
  });
});
