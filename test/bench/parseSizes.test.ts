import { describe, expect, it } from "vitest";
import { parseSizes } from "../../bench/parseSizes";

describe("parseSizes", () => {
  it("reads plain counts and k/M suffixes, smallest first, without repeats", () => {
    expect(parseSizes("1M,100000, 10k,100k")).toEqual([10_000, 100_000, 1_000_000]);
  });

  it("refuses anything that is not a positive count", () => {
    expect(() => parseSizes("100000,")).toThrow(/"" is not a number/);
    expect(() => parseSizes("1e6")).toThrow(/"1e6"/);
    expect(() => parseSizes("-5")).toThrow(/"-5"/);
    expect(() => parseSizes("0")).toThrow(/not a positive/);
    expect(() => parseSizes("2G")).toThrow(/"2G"/);
  });
});
