// Blocks of UTF-16 code units that real names are written in and that hold no white space and
// no control, format, line or paragraph separator character: printable ASCII, Latin-1 without
// its no-break space and soft hyphen, the Latin extensions, Greek, Cyrillic, Armenian,
// Hebrew, dashes and quotes, CJK punctuation, kana and ideographs, and Hangul. Any other code
// unit (other spaces, zero-width and bidirectional controls, the Arabic block with its format
// characters, the surrogates of characters beyond the BMP) only means a name is looked at
// closer. The unit test checks every code unit of these blocks against the Unicode classes
// the name checks use.
const PLAIN =
  "!-~\\u00A1-\\u00AC\\u00AE-\\u05FF\\u2010-\\u2027\\u2030-\\u205E\\u3001-\\u9FFF\\uAC00-\\uD7A3";

/** Runs of plain characters joined by single spaces; no `u` flag, as PLAIN is in code units. */
const PLAIN_NAME = new RegExp(`^[${PLAIN}]+(?: [${PLAIN}]+)*$`);

/**
 * True for the ordinary name that the name checks (missing name, white space, invisible
 * characters) have nothing to say about: not empty, printable characters only, single spaces
 * between them and none at either end. False only means "look closer". One test of this
 * pattern costs less than the Unicode patterns each check needs, and most names pass it.
 */
export function isPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}
