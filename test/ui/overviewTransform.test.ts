import { describe, expect, it } from "vitest";
import {
  centreViewOn,
  fromOverview,
  overviewMapping,
  overviewRect,
} from "../../src/ui/features/tree/overviewTransform";

describe("overviewMapping", () => {
  it("fits a tall tree in the box with the axes scaled apart, so its columns stay visible", () => {
    const m = overviewMapping(1760, 8_000_000, 176, 128);
    expect(m.ox + 1760 * m.sx).toBeCloseTo(176 - 4);
    expect(m.oy).toBeCloseTo(4);
    expect(m.oy + 8_000_000 * m.sy).toBeCloseTo(128 - 4);
    expect(m.sx).toBeGreaterThan(m.sy * 1000);
  });

  it("does not stretch a short tree, only centres it", () => {
    const m = overviewMapping(1000, 100, 176, 128);
    expect(m.sy).toBe(m.sx);
    expect(m.oy + (100 * m.sy) / 2).toBeCloseTo(64);
  });

  it("maps an overview pixel back to the layout point drawn there", () => {
    const m = overviewMapping(1760, 500_000, 176, 128);
    const [x, y] = fromOverview(m, m.ox + 880 * m.sx, m.oy + 250_000 * m.sy);
    expect(x).toBeCloseTo(880);
    expect(y).toBeCloseTo(250_000);
  });
});

describe("overviewRect", () => {
  it("draws the part of the tree on screen where it lies in the overview", () => {
    const m = overviewMapping(1000, 100_000, 176, 128);
    const rect = overviewRect(m, { left: 0, top: 50_000, right: 1000, bottom: 75_000 });
    expect(rect.left).toBeCloseTo(m.ox);
    expect(rect.width).toBeCloseTo(1000 * m.sx);
    expect(rect.top).toBeCloseTo(m.oy + 50_000 * m.sy);
    expect(rect.height).toBeCloseTo(25_000 * m.sy);
  });

  it("keeps a far-zoomed view's rectangle large enough to see, around the same middle", () => {
    const m = overviewMapping(1000, 1_000_000, 176, 128);
    const rect = overviewRect(m, { left: 400, top: 500_000, right: 410, bottom: 500_010 });
    expect(rect.width).toBe(6);
    expect(rect.height).toBe(6);
    expect(rect.top + rect.height / 2).toBeCloseTo(m.oy + 500_005 * m.sy);
  });
});

describe("centreViewOn", () => {
  it("puts the layout point in the middle of the view at the given scales", () => {
    const t = centreViewOn(500, 40_000, 0.01, 0.4, 800, 600);
    expect(t.k).toBe(0.01);
    expect(t.x + 500 * 0.4).toBeCloseTo(400);
    expect(t.y + 40_000 * 0.01).toBeCloseTo(300);
  });
});
