// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { loadOverviewHidden, saveOverviewHidden } from "../../src/ui/features/tree/overviewStorage";

const KEY = "campaign-lens:tree-overview";

describe("overviewStorage", () => {
  beforeEach(() => localStorage.clear());

  it("shows the overview until the user hides it, and remembers that", () => {
    expect(loadOverviewHidden()).toBe(false);
    saveOverviewHidden(true);
    expect(localStorage.getItem(KEY)).toBe('{"hidden":true}');
    expect(loadOverviewHidden()).toBe(true);
    saveOverviewHidden(false);
    expect(loadOverviewHidden()).toBe(false);
  });

  it("ignores a corrupt or foreign stored value and shows the overview", () => {
    for (const raw of ["{not json", '{"hidden":"yes"}', "[]", "null"]) {
      localStorage.setItem(KEY, raw);
      expect(loadOverviewHidden()).toBe(false);
    }
  });
});
