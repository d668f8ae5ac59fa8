import { describe, expect, it } from "vitest";
import { fitTransform } from "../../src/ui/features/tree/fitTransform";
import { COLUMN_GAP, NODE_WIDTH } from "../../src/ui/shared/tree/layoutTree";
import { CARD_MIN_SCALE, constrainX, horizontalScale } from "../../src/ui/features/tree/lodScale";

const FIVE_COLUMNS = 5 * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;

describe("fitTransform", () => {
  it("fits every row of a tree opened to its leaves, however many, with columns kept readable", () => {
    const rows = 125_000 * 68;
    const t = fitTransform(FIVE_COLUMNS, rows, 1440, 900);
    expect(t.y + rows * t.k).toBeCloseTo(900 - 24);
    expect(t.y).toBeCloseTo(24);
    const kx = horizontalScale(t.k, FIVE_COLUMNS, 1440);
    expect(kx).toBe(CARD_MIN_SCALE);
    expect(t.x).toBeGreaterThanOrEqual(24);
    expect(t.x + FIVE_COLUMNS * kx).toBeLessThanOrEqual(1440 - 24);
  });

  it("fills a phone's width with the columns when fitted", () => {
    const t = fitTransform(FIVE_COLUMNS, 1_000_000, 390, 600);
    const kx = horizontalScale(t.k, FIVE_COLUMNS, 390);
    expect(t.x).toBeCloseTo(24);
    expect(t.x + FIVE_COLUMNS * kx).toBeCloseTo(390 - 24);
  });

  it("fits a small tree at one scale for both axes, never above 1:1", () => {
    const t = fitTransform(600, 300, 1440, 900);
    expect(t.k).toBe(1);
    expect(t.x).toBeCloseTo((1440 - 600) / 2);
  });
});

describe("horizontalScale", () => {
  it("is the zoom itself from the cards' scale up, and joins it without a jump", () => {
    expect(horizontalScale(0.8, FIVE_COLUMNS, 1440)).toBe(0.8);
    expect(horizontalScale(CARD_MIN_SCALE, FIVE_COLUMNS, 1440)).toBe(CARD_MIN_SCALE);
    expect(horizontalScale(CARD_MIN_SCALE - 1e-9, FIVE_COLUMNS, 1440)).toBeCloseTo(CARD_MIN_SCALE);
  });

  it("keeps columns at least 44 pixels apart however far out the view is", () => {
    const kx = horizontalScale(1e-5, 20 * (NODE_WIDTH + COLUMN_GAP), 390);
    expect(kx * (NODE_WIDTH + COLUMN_GAP)).toBeCloseTo(44);
  });
});

describe("constrainX", () => {
  it("holds the columns in view while only the rows zoom", () => {
    expect(constrainX(900, 0.001, FIVE_COLUMNS, 1440)).toBeLessThanOrEqual(
      1440 - 24 - FIVE_COLUMNS * CARD_MIN_SCALE,
    );
    expect(constrainX(-500, 0.001, FIVE_COLUMNS, 1440)).toBe(24);
  });

  it("leaves panning free at the cards' scale", () => {
    expect(constrainX(-5000, 0.6, FIVE_COLUMNS, 1440)).toBe(-5000);
  });
});
