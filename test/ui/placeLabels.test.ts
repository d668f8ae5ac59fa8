import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fitText,
  LABEL_HEIGHT,
  placeLabels,
  type LabelCandidate,
} from "../../src/ui/features/tree/placeLabels";

/** Seven pixels a character, as a monospaced font would measure. */
const measure = (text: string) => [...text].length * 7;

const candidate = (key: number, over: Partial<LabelCandidate> = {}): LabelCandidate => ({
  key,
  text: `Block ${key}`,
  x: 10,
  y: 100,
  minY: 0,
  maxY: 400,
  maxWidth: 300,
  marks: 12,
  ...over,
});

describe("placeLabels", () => {
  it("puts a label at its preferred height when it is free", () => {
    const [label] = placeLabels([candidate(1)], measure);
    expect(label).toMatchObject({ key: 1, text: "Block 1", left: 10, top: 100 - LABEL_HEIGHT / 2 });
    expect(label!.width).toBe(7 * 7 + 12 + 12);
  });

  it("moves a second label at the same place to the nearest free height inside its band", () => {
    const [first, second] = placeLabels([candidate(1), candidate(2)], measure);
    expect(second!.top).not.toBe(first!.top);
    expect(Math.abs(second!.top - first!.top)).toBeGreaterThanOrEqual(LABEL_HEIGHT);
    expect(Math.abs(second!.top - first!.top)).toBeLessThanOrEqual(LABEL_HEIGHT * 1.5);
  });

  it("leaves out a label with no free place in its band rather than cover another", () => {
    const placed = placeLabels(
      [candidate(1, { minY: 90, maxY: 110 }), candidate(2, { minY: 90, maxY: 110 })],
      measure,
    );
    expect(placed.map((label) => label.key)).toEqual([1]);
  });

  it("centres a label on a band a few pixels lower than a line", () => {
    const [label] = placeLabels([candidate(1, { minY: 94, maxY: 106 })], measure);
    expect(label!.top).toBe(91);
  });

  it("leaves out a label whose band is much lower than a line of text", () => {
    expect(placeLabels([candidate(1, { minY: 96, maxY: 104 })], measure)).toEqual([]);
  });

  it("cuts a long name with an ellipsis to fit the room, never shrinking the text", () => {
    const [label] = placeLabels(
      [
        candidate(1, {
          text: "Collections_Q1@Team_Manchester_Weekend · 412 objects",
          maxWidth: 160,
        }),
      ],
      measure,
    );
    expect(label!.text).toMatch(/^Collections_Q1@Tea…$/);
    expect(label!.width).toBeLessThanOrEqual(160);
  });

  it("never places two labels over one another, nor outside their bands", () => {
    const arbitrary = fc.array(
      fc.record({
        x: fc.integer({ min: 0, max: 600 }),
        y: fc.integer({ min: 0, max: 800 }),
        span: fc.integer({ min: 10, max: 300 }),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const candidates = specs.map((spec, key) =>
          candidate(key, {
            text: "x".repeat(spec.length),
            x: spec.x,
            y: spec.y,
            minY: spec.y - spec.span / 2,
            maxY: spec.y + spec.span / 2,
            maxWidth: 800 - spec.x,
          }),
        );
        const placed = placeLabels(candidates, measure);
        for (const label of placed) {
          const wanted = candidates[label.key]!;
          // A band a few pixels lower than a line holds its label centred.
          expect(label.top).toBeGreaterThanOrEqual(wanted.minY - 4);
          expect(label.top + label.height).toBeLessThanOrEqual(wanted.maxY + 4);
          expect(label.width).toBeLessThanOrEqual(wanted.maxWidth);
        }
        for (let a = 0; a < placed.length; a++) {
          for (let b = a + 1; b < placed.length; b++) {
            const p = placed[a]!;
            const q = placed[b]!;
            const apart =
              p.left + p.width <= q.left ||
              q.left + q.width <= p.left ||
              p.top + p.height <= q.top ||
              q.top + q.height <= p.top;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});

describe("fitText", () => {
  it("keeps a text that fits, and gives nothing when not even one character does", () => {
    expect(fitText("Sales", 35, measure)).toBe("Sales");
    expect(fitText("Sales", 10, measure)).toBeNull();
  });
});
