// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { loadThresholds, saveThresholds } from "../../../src/ui/stats/thresholdStorage";

beforeEach(() => localStorage.clear());

describe("thresholdStorage", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(loadThresholds()).toEqual({ thresholds: DEFAULT_THRESHOLDS, problem: null });
  });

  it("reads back what was saved", () => {
    const edited = [{ ...DEFAULT_THRESHOLDS[0]!, value: 0.05 }];
    saveThresholds(edited);
    expect(loadThresholds()).toEqual({ thresholds: edited, problem: null });
  });

  it("falls back to the defaults, saying why, when the stored value is not JSON", () => {
    localStorage.setItem("campaign-lens:thresholds", "{oops");
    const loaded = loadThresholds();
    expect(loaded.thresholds).toBe(DEFAULT_THRESHOLDS);
    expect(loaded.problem).toMatch(/not valid JSON/);
  });

  it("falls back to the defaults when a stored threshold names an unknown figure", () => {
    localStorage.setItem(
      "campaign-lens:thresholds",
      JSON.stringify([{ ...DEFAULT_THRESHOLDS[0], figure: "mood" }]),
    );
    expect(loadThresholds().problem).toMatch(/^The saved thresholds could not be read \(0\.figure/);
  });
});
