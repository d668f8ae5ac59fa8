import { describe, expect, it } from "vitest";
import { backoffDelay } from "../../../src/ui/stats/LiveFeed";

describe("backoffDelay", () => {
  it("doubles from half a second up to five, with jitter between half and all of the ceiling", () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, () => 0))).toEqual([
      250, 500, 1000, 2000, 2500, 2500,
    ]);
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, () => 0.999999))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000,
    ]);
  });
});
