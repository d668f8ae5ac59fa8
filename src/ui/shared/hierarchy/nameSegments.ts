import { findInvisibleCharacters } from "../../../model/rules/findInvisibleCharacters";

/** A run of ordinary text, or one character that would not show and is drawn as a marker. */
type NameSegment =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "hidden";
      readonly char: string;
      /** `U+200B ZERO WIDTH SPACE`, `U+0020 SPACE (trailing)` */
      readonly label: string;
      /** What the marker shows: `space` or the code point, `U+200B`. */
      readonly mark: string;
    };

const SPACE = 0x20;

/**
 * A name cut into what shows and what does not: invisible characters (controls, zero-width
 * and bidirectional marks, no-break spaces) and spaces at either end, which make two names
 * that look the same differ. Plain names give one text segment.
 */
export function nameSegments(name: string): NameSegment[] {
  const chars = [...name];
  const hidden = new Map<number, string>();
  for (const found of findInvisibleCharacters(name)) hidden.set(found.position - 1, found.label);
  let start = 0;
  while (start < chars.length && chars[start] === " ") {
    hidden.set(start, "U+0020 SPACE (leading)");
    start += 1;
  }
  for (let end = chars.length - 1; end >= start && chars[end] === " "; end -= 1) {
    hidden.set(end, "U+0020 SPACE (trailing)");
  }
  if (hidden.size === 0) return [{ kind: "text", text: name }];
  const segments: NameSegment[] = [];
  let text = "";
  chars.forEach((char, i) => {
    const label = hidden.get(i);
    if (label === undefined) {
      text += char;
      return;
    }
    if (text) segments.push({ kind: "text", text });
    text = "";
    const codePoint = char.codePointAt(0) ?? 0;
    const mark =
      codePoint === SPACE ? "space" : `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    segments.push({ kind: "hidden", char, label, mark });
  });
  if (text) segments.push({ kind: "text", text });
  return segments;
}
