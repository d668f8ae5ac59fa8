import { nameSegments } from "./nameSegments";

/**
 * A name as plain text (for the canvas and accessible text) with each character that would not
 * show written as its code point, `Sales⟨U+200B⟩`, as the DOM's markers do.
 */
export function plainVisibleName(name: string): string {
  return nameSegments(name)
    .map((segment) => (segment.kind === "text" ? segment.text : `⟨${segment.mark}⟩`))
    .join("");
}
