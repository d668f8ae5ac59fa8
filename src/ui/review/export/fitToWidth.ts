// An exported picture is drawn by whatever viewer opens it, with whatever sans-serif font it
// has, so text cannot be measured where it is written. These widths (in em) are at or above
// those of the widest common sans-serif faces (DejaVu Sans, Verdana), so a name cut to them fits.
const NARROW = /[ijlt.,:;'|!()[\]{} fI1]/;
const WIDE = /[MW@mw%&]/;
const CAPITAL_OR_DIGIT = /[A-Z0-9#$?_~^<>=+*]/;

function emOf(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint >= 0x1100) return 1.05;
  if (NARROW.test(char)) return 0.4;
  if (WIDE.test(char)) return 1.05;
  if (CAPITAL_OR_DIGIT.test(char)) return 0.78;
  return 0.66;
}

/** The estimated width of a line of text at a font size, never below its real width. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += emOf(char);
  return em * fontSize;
}

/** A character, or a `\u{...}` escape that stands for one and is cut whole or not at all. */
const UNIT = /\\u\{[0-9A-F]+\}|[\s\S]/gu;

/** The text as is when it fits in `maxWidth`, else cut at a character and ended with "…". */
export function fitToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - estimateTextWidth("…", fontSize);
  let used = 0;
  let kept = "";
  for (const [unit] of text.matchAll(UNIT)) {
    used += estimateTextWidth(unit, fontSize);
    if (used > budget) break;
    kept += unit;
  }
  return `${kept}…`;
}
