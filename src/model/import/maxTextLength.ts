/**
 * The longest string V8 (Node and Chromium, 64-bit) can hold: 2^29 - 24 UTF-16 code units.
 * Decoding a file into more fails; Node's UTF-16 decoder even reports it as invalid data.
 */
export const MAX_TEXT_LENGTH = 2 ** 29 - 24;
