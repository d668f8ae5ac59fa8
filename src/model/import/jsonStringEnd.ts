import { BACKSLASH, QUOTE } from "./jsonBytes";

/**
 * Just past the JSON string whose opening quote is at `at` in UTF-8 `bytes`, or -1 when it
 * does not end: the first quote not escaped by an odd number of backslashes.
 */
export function jsonStringEnd(bytes: Uint8Array, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}
