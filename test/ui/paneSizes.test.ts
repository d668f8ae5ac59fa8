// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_PANE_SIZES,
  PANE_KEY,
  loadPaneSizes,
  savePaneSizes,
  type PaneSizes,
} from "../../src/ui/features/panes/paneSizes";

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

const WIDE: PaneSizes = {
  side: { width: 520, height: 300, collapsed: false },
  inspector: { width: 400, height: 500, collapsed: true },
};

describe("pane sizes in storage", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(loadPaneSizes()).toEqual(DEFAULT_PANE_SIZES);
  });

  it("reads back what was saved, under the app's prefix", () => {
    savePaneSizes(WIDE);
    expect(JSON.parse(localStorage.getItem("campaign-lens:panes")!)).toEqual(WIDE);
    expect(loadPaneSizes()).toEqual(WIDE);
  });

  it.each([
    ["not JSON", "{ side: 3"],
    ["JSON of another shape", JSON.stringify({ side: 400 })],
    [
      "a size that is not a number",
      JSON.stringify({ ...WIDE, side: { ...WIDE.side, width: "wide" } }),
    ],
    ["a size too small to use", JSON.stringify({ ...WIDE, side: { ...WIDE.side, width: 3 } })],
    [
      "a size beyond any screen",
      JSON.stringify({ ...WIDE, inspector: { ...WIDE.inspector, width: 1e9 } }),
    ],
    ["no hidden state", JSON.stringify({ ...WIDE, side: { width: 400, height: 300 } })],
    ["null", "null"],
  ])("ignores %s, silently, and gives the defaults", (_, stored) => {
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    localStorage.setItem(PANE_KEY, stored);
    expect(loadPaneSizes()).toEqual(DEFAULT_PANE_SIZES);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it("keeps working when the browser refuses storage", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(loadPaneSizes()).toEqual(DEFAULT_PANE_SIZES);
    expect(() => savePaneSizes(WIDE)).not.toThrow();
  });
});
