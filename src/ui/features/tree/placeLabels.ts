/** A label to place: its text, where it starts, and the band (screen y) it must stay inside. */
export interface LabelCandidate {
  readonly key: number;
  readonly text: string;
  readonly x: number;
  /** Preferred middle of the label; it may move within [minY, maxY] to avoid others. */
  readonly y: number;
  readonly minY: number;
  readonly maxY: number;
  readonly maxWidth: number;
  /** Room beside the text for the marks drawn with it (a kind swatch, a severity dot). */
  readonly marks: number;
}

export interface PlacedLabel {
  readonly key: number;
  /** The text drawn: the candidate's, cut with an ellipsis when it did not fit. */
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Text of 12 px in a line of 18: the smallest the labels are drawn at. */
export const LABEL_FONT_PX = 12;
export const LABEL_HEIGHT = 18;
export const LABEL_PADDING = 6;
/** A label cut to less than this is not drawn at all. */
const MIN_LABEL_WIDTH = 56;
/**
 * The lowest band a label is given: it is centred on a band lower than a line, overhanging by
 * at most half the difference each side, which still reads as the band's own.
 */
export const MIN_BAND = LABEL_HEIGHT - 8;

/** `text`, or its longest start that fits `width` with an ellipsis; null when nothing fits. */
export function fitText(
  text: string,
  width: number,
  measure: (text: string) => number,
): string | null {
  if (measure(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${chars.slice(0, mid).join("")}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? null : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

const overlaps = (a: PlacedLabel, left: number, top: number, width: number, height: number) =>
  a.left < left + width &&
  left < a.left + a.width &&
  a.top < top + height &&
  top < a.top + a.height;

/**
 * Places labels in the order given (most important first), each at its preferred height or,
 * when that would cover a label already placed, at the nearest free height inside its band;
 * a label with no free place is left out. Labels are never drawn over one another, and never
 * below the minimum size: a label that does not fit is cut or dropped, not shrunk.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (text: string) => number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  // Placed labels by screen row of LABEL_HEIGHT, so each test looks at a few neighbours only.
  const rows = new Map<number, PlacedLabel[]>();
  const free = (left: number, top: number, width: number) => {
    const first = Math.floor(top / LABEL_HEIGHT) - 1;
    for (let r = first; r <= first + 2; r++) {
      for (const other of rows.get(r) ?? []) {
        if (overlaps(other, left, top, width, LABEL_HEIGHT)) return false;
      }
    }
    return true;
  };
  for (const candidate of candidates) {
    if (candidate.maxY - candidate.minY < MIN_BAND) continue;
    const room = candidate.maxWidth - 2 * LABEL_PADDING - candidate.marks;
    const text = fitText(candidate.text, room, measure);
    if (text === null) continue;
    const width = Math.ceil(measure(text)) + 2 * LABEL_PADDING + candidate.marks;
    if (width < MIN_LABEL_WIDTH && text !== candidate.text) continue;
    const slack = Math.max(0, LABEL_HEIGHT - (candidate.maxY - candidate.minY)) / 2;
    const highest = candidate.minY - slack;
    const lowest = candidate.maxY + slack - LABEL_HEIGHT;
    const preferred = Math.min(lowest, Math.max(highest, candidate.y - LABEL_HEIGHT / 2));
    let top: number | null = null;
    for (let step = 0; top === null; step++) {
      const down = preferred + step * (LABEL_HEIGHT / 2);
      const up = preferred - step * (LABEL_HEIGHT / 2);
      if (down > lowest && up < highest) break;
      if (down <= lowest && free(candidate.x, down, width)) top = down;
      else if (up >= highest && free(candidate.x, up, width)) top = up;
      if (step > 40) break;
    }
    if (top === null) continue;
    const label = { key: candidate.key, text, left: candidate.x, top, width, height: LABEL_HEIGHT };
    placed.push(label);
    const row = Math.floor(top / LABEL_HEIGHT);
    let list = rows.get(row);
    if (!list) rows.set(row, (list = []));
    list.push(label);
  }
  return placed;
}
