// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
// strip before looking) as a formula: a configuration name like "=HYPERLINK(...)" would then
// run in the supervisor's spreadsheet. OWASP's advice is to make such a cell text by putting
// a single quote before it.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV cell, RFC 4180 quoted when needed and safe from formula injection. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: cells joined by commas, records ended by CRLF (RFC 4180). */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
