import { escapeHtml } from "../../shared/escapeHtml";

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF outright: one of them in
// a name makes the whole file ill-formed, and a viewer stops drawing there. Format characters
// (zero-width, bidirectional controls) are allowed but would hide or reorder the name. All of
// them are written as \u{...}, as the command line shows them, so the picture shows exactly
// what the name holds.
const UNSAFE =
  /[\p{Cc}\p{Cf}\u00A0\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** A name made visible: every control, format or unpaired character as its `\u{...}` escape. */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`);
}

/** Text for SVG markup, content or attribute: escaped as markup, with every unsafe character visible. */
export function svgText(text: string): string {
  return escapeHtml(visibleText(text));
}
