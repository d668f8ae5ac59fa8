/** One invisible character found in a name. */
interface InvisibleCharacter {
  readonly codePoint: number;
  /** `U+200B ZERO WIDTH SPACE` */
  readonly label: string;
  /** 1-based position in characters (code points), as a person counts them. */
  readonly position: number;
}

// The Unicode names of the invisible characters met in pasted names; any other control or
// format character is labelled by its category.
const NAMES: ReadonlyMap<number, string> = new Map([
  [0x00, "NULL"],
  [0x09, "CHARACTER TABULATION"],
  [0x0a, "LINE FEED"],
  [0x0d, "CARRIAGE RETURN"],
  [0x7f, "DELETE"],
  [0x85, "NEXT LINE"],
  [0xa0, "NO-BREAK SPACE"],
  [0xad, "SOFT HYPHEN"],
  [0x061c, "ARABIC LETTER MARK"],
  [0x180e, "MONGOLIAN VOWEL SEPARATOR"],
  [0x2007, "FIGURE SPACE"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x2028, "LINE SEPARATOR"],
  [0x2029, "PARAGRAPH SEPARATOR"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x202f, "NARROW NO-BREAK SPACE"],
  [0x2060, "WORD JOINER"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
]);

/** Control (Cc), format (Cf: zero-width, bidi controls), line and paragraph separators. */
const INVISIBLE_CATEGORY = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Every character `isInvisible` accepts, to skip clean names with one test. */
const ANY_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u2007\u202F]/u;
/** Printable ASCII has none of them, and this test is cheaper than the Unicode one. */
const PRINTABLE_ASCII = /^[\u0020-\u007E]*$/;

function isInvisible(char: string, codePoint: number): boolean {
  return NAMES.has(codePoint) || INVISIBLE_CATEGORY.test(char);
}

function labelOf(char: string, codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, "0");
  const name =
    NAMES.get(codePoint) ??
    (/\p{Cc}/u.test(char) ? "control character" : "invisible formatting character");
  return `U+${hex} ${name}`;
}

/**
 * The characters of a name that show as nothing or as an ordinary space but make it a
 * different name: controls, zero-width and bidirectional-control characters, no-break spaces.
 */
export function findInvisibleCharacters(name: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  if (PRINTABLE_ASCII.test(name) || !ANY_INVISIBLE.test(name)) return found;
  let position = 0;
  for (const char of name) {
    position += 1;
    const codePoint = char.codePointAt(0) ?? 0;
    if (isInvisible(char, codePoint)) {
      found.push({ codePoint, label: labelOf(char, codePoint), position });
    }
  }
  return found;
}
