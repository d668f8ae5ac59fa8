// The bytes of JSON's structure, as UTF-8 holds them, for the readers that follow JSON's
// structure over the bytes instead of parsing it.
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_LIST = 0x5b;
export const CLOSE_LIST = 0x5d;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;

/** JSON's white space: space, tab, line feed, carriage return (an absent byte is none). */
export const isJsonSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x09 || byte === LINE_FEED || byte === CARRIAGE_RETURN;
