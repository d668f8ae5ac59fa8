import { describe, expect, it } from "vitest";
import { createRandom } from "../../../src/model/random/createRandom";

const draw = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("createRandom", () => {
  it("gives the same sequence for the same seed and unrelated ones for neighbouring seeds", () => {
    expect(draw(7, 20)).toEqual(draw(7, 20));
    const a = draw(1, 20);
    const b = draw(2, 20);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
  });

  it("keeps every draw in its range", () => {
    const random = createRandom(3);
    for (let i = 0; i < 2_000; i++) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(5);
      expect(Number.isInteger(n) && n >= 0 && n < 5).toBe(true);
      const m = random.between(300, 302);
      expect(m === 300 || m === 301 || m === 302).toBe(true);
      const k = random.binomial(10, 0.5);
      expect(Number.isInteger(k) && k >= 0 && k <= 10).toBe(true);
    }
  });

  it("draws binomial counts around n·p", () => {
    const random = createRandom(11);
    let total = 0;
    for (let i = 0; i < 1_000; i++) total += random.binomial(20, 0.25);
    expect(total / 1_000).toBeGreaterThan(4.7);
    expect(total / 1_000).toBeLessThan(5.3);
  });

  it("refuses to pick from nothing", () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});
