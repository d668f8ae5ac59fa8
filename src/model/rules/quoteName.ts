/**
 * A name as messages show it: in double quotes, with control characters, quotes and
 * backslashes escaped the JSON way, so a finding's text never hides or breaks on them.
 */
export function quoteName(name: string): string {
  return JSON.stringify(name);
}
