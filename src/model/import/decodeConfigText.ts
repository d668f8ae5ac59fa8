import { ConfigImportError } from "./ConfigImportError";
import { formatByteSize } from "./formatByteSize";
import { MAX_TEXT_LENGTH } from "./maxTextLength";

type Utf16 = "utf-16le" | "utf-16be";

/**
 * UTF-16 without a byte order mark still shows itself: configuration text is mostly ASCII, so
 * one byte of every pair is NUL. A binary file has NULs too, but not in that regular pattern.
 */
function sniffUtf16(bytes: Uint8Array): Utf16 | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul >= pairs * 0.7 && evenNul <= pairs * 0.05) return "utf-16le";
  if (evenNul >= pairs * 0.7 && oddNul <= pairs * 0.05) return "utf-16be";
  return undefined;
}

function bomEncoding(bytes: Uint8Array): Utf16 | "utf-8" | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * How many UTF-16 code units the bytes decode to, at most: UTF-16 gives one per pair; UTF-8 one
 * per byte that starts a character, two for a four-byte one (a surrogate pair). The bytes are
 * only counted when their number alone does not settle it.
 */
function fitsInOneString(bytes: Uint8Array, encoding: Utf16 | "utf-8"): boolean {
  if (encoding !== "utf-8") return bytes.length / 2 <= MAX_TEXT_LENGTH;
  if (bytes.length <= MAX_TEXT_LENGTH) return true;
  let units = 0;
  for (const byte of bytes) {
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units <= MAX_TEXT_LENGTH;
}

function tooLarge(file: string, bytes: number): ConfigImportError {
  return new ConfigImportError(
    `the file is larger than can be read at once: ${formatByteSize(bytes)} of text, ` +
      `where at most ${MAX_TEXT_LENGTH} characters fit in one string`,
    { file },
  );
}

/**
 * The text, or undefined when the bytes are not valid in the encoding. Running out of string
 * length is not invalid text: the decoder's own error for it is a plain Error or a RangeError,
 * never the TypeError of bad data, and is reported as such.
 */
function decodeStrict(
  file: string,
  bytes: Uint8Array,
  encoding: Utf16 | "utf-8",
): string | undefined {
  if (!fitsInOneString(bytes, encoding)) throw tooLarge(file, bytes.length);
  try {
    // The decoder drops a byte order mark matching its encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw tooLarge(file, bytes.length);
  }
}

function notText(file: string): ConfigImportError {
  return new ConfigImportError(
    "not a text file (expected a JSON or XML configuration export in UTF-8 or UTF-16)",
    { file },
  );
}

/**
 * How far into a text NUL characters are looked for. A binary file shows them within its
 * first bytes; past this, the JSON and XML parsers refuse a NUL themselves, saying where it is,
 * and a 50 MB text is not scanned once more for nothing.
 */
const NUL_WINDOW = 64 * 1024;

/**
 * Where the text of `bytes` starts (past a byte order mark) when `decodeConfigText` would
 * decode them as UTF-8, and their text fits in one string; otherwise undefined. The bytes are
 * not checked to be valid UTF-8: a decoder that is told to be strict says so.
 */
export function utf8TextStart(bytes: Uint8Array): number | undefined {
  const encoding = bomEncoding(bytes) ?? sniffUtf16(bytes);
  if (encoding !== undefined && encoding !== "utf-8") return undefined;
  if (encoding === undefined && bytes.subarray(0, NUL_WINDOW).indexOf(0) !== -1) return undefined;
  if (!fitsInOneString(bytes, "utf-8")) return undefined;
  return encoding === "utf-8" ? 3 : 0;
}

/**
 * The text of a configuration file given as a string or as bytes: a UTF-8 byte order mark is
 * dropped, UTF-16 (LE or BE, with or without a byte order mark) is decoded, and anything else
 * that is not valid UTF-8, or begins with NUL characters, is refused as not a text file; bytes
 * that decode to more than a string can hold are refused as too large, with their size.
 */
export function decodeConfigText(file: string, content: string | Uint8Array): string {
  let text: string | undefined;
  if (typeof content === "string") {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else {
    const encoding = bomEncoding(content) ?? sniffUtf16(content);
    if (encoding === undefined && content.subarray(0, NUL_WINDOW).indexOf(0) !== -1) {
      throw notText(file);
    }
    text = decodeStrict(file, content, encoding ?? "utf-8");
  }
  if (text === undefined || text.slice(0, NUL_WINDOW).includes("\u0000")) throw notText(file);
  if (text.trim().length === 0) throw new ConfigImportError("the file is empty", { file });
  return text;
}
