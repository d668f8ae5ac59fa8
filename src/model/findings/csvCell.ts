// A spreadsheet runs a cell that starts with = + - @ as a formula: a configuration name like
// "=HYPERLINK(...)" would then run in the supervisor's spreadsheet. OWASP's advice is to make
// such a cell text by putting a single quote before it.
const FORMULA_START = /^[=+\-@]/;
// Control characters (a tab or carriage return before "=" would also hide a formula from the
// check above, an escape sequence would reach a terminal that prints the file) are written as
// \u{...}, as the command line shows them, so the cell shows exactly what the name holds.
const CONTROL = /\p{Cc}/gu;
// Spreadsheets in locales with a decimal comma split CSV on ";", so a cell holding one is
// quoted as one holding a comma is (RFC 4180).
const NEEDS_QUOTES = /[",;\r\n]/;

function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/** One CSV cell: control characters escaped, safe from formula injection, quoted when needed. */
function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = escapeControl(String(value));
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: cells joined by commas, records ended by CRLF (RFC 4180). */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
