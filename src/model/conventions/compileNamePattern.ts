import { findBacktrackingRisk } from "./findBacktrackingRisk";
import { parseRegex } from "./parseRegex";

/** Longer patterns are refused: the safety check's cost grows with the pattern. */
const MAX_PATTERN_LENGTH = 500;

type CompiledPattern =
  { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly reason: string };

/**
 * A user's pattern as a regular expression matching whole names, or why it is refused: not a
 * valid regular expression, or one that could take a very long time to match. Patterns are
 * compiled in Unicode mode (names may be non-ASCII) and must match the whole name: the
 * pattern is anchored here, so `CL_[A-Z]+` accepts `CL_PARIS` but not `OLD_CL_PARIS`.
 */
export function compileNamePattern(pattern: string): CompiledPattern {
  if (pattern.length === 0) return { ok: false, reason: "the pattern is empty" };
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      reason: `the pattern is ${pattern.length} characters long; at most ${MAX_PATTERN_LENGTH} are allowed`,
    };
  }
  const anchored = `^(?:${pattern})$`;
  let regex: RegExp;
  try {
    new RegExp(pattern, "u");
    regex = new RegExp(anchored, "u");
  } catch (error) {
    const detail =
      error instanceof Error
        ? error.message.replace(/^Invalid regular expression: /, "")
        : String(error);
    return { ok: false, reason: `not a valid regular expression: ${detail}` };
  }
  const risk = findBacktrackingRisk(parseRegex(anchored));
  if (risk !== null)
    return { ok: false, reason: `it could take a very long time to match: ${risk}` };
  return { ok: true, regex };
}
