// Names come from configuration files and may hold anything: an escape sequence would recolour
// or rewrite the terminal, a bidirectional control would reorder the line around it, a
// zero-width space would hide. Such characters are shown as \u{...} escapes instead, so the
// output shows exactly what the name holds.
const UNSAFE = /[\p{Cc}\p{Cf}\u00A0\u2028\u2029]/gu;

export function printableName(name: string): string {
  return name.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/** A whole report with the same escapes, line by line: its own line breaks are kept. */
export function printableText(text: string): string {
  return text.split("\n").map(printableName).join("\n");
}
