/** The named styles a convention may ask for instead of a regular expression. */
export const NAMING_STYLES = [
  "snake_case",
  "kebab-case",
  "PascalCase",
  "camelCase",
  "UPPER_SNAKE",
] as const;
type NamingStyle = (typeof NAMING_STYLES)[number];

// Letters are Unicode letters (names may be non-ASCII); "lower" includes letters without case
// (\p{Lo}: CJK, Arabic...), which fit any style. Each separator-delimited pattern here is
// unambiguous by construction (a word cannot start with its separator).
const LOWER = "[\\p{Ll}\\p{Lo}\\p{Nd}]";
const UPPER = "[\\p{Lu}\\p{Lo}\\p{Nd}]";

const STYLE_PATTERNS: Readonly<Record<NamingStyle, RegExp>> = {
  snake_case: new RegExp(`^${LOWER}+(?:_${LOWER}+)*$`, "u"),
  "kebab-case": new RegExp(`^${LOWER}+(?:-${LOWER}+)*$`, "u"),
  PascalCase: new RegExp(`^\\p{Lu}${LOWER}*(?:\\p{Lu}${LOWER}*)*$`, "u"),
  camelCase: new RegExp(`^[\\p{Ll}\\p{Lo}]${LOWER}*(?:\\p{Lu}${LOWER}*)*$`, "u"),
  UPPER_SNAKE: new RegExp(`^${UPPER}+(?:_${UPPER}+)*$`, "u"),
};

/** Whether a name (after any prefix) is written in the style. */
export function matchesStyle(style: NamingStyle, name: string): boolean {
  return STYLE_PATTERNS[style].test(name);
}

/**
 * The words of a name: split at anything that is not a letter or digit, and where the case
 * turns (`salesTeam`, `HTTPServer` -> `HTTP`, `Server`).
 */
export function wordsOf(name: string): string[] {
  return name
    .split(/[^\p{L}\p{Nd}]+/u)
    .flatMap((part) =>
      part
        .replace(/(\p{Ll}|\p{Nd})(\p{Lu})/gu, "$1\u0000$2")
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1\u0000$2")
        .split("\u0000"),
    )
    .filter((w) => w.length > 0);
}

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** The name rewritten in the style; empty when it has no letters or digits to keep. */
export function toStyle(style: NamingStyle, name: string): string {
  const words = wordsOf(name);
  switch (style) {
    case "snake_case":
      return words.map((w) => w.toLowerCase()).join("_");
    case "kebab-case":
      return words.map((w) => w.toLowerCase()).join("-");
    case "UPPER_SNAKE":
      return words.map((w) => w.toUpperCase()).join("_");
    case "PascalCase":
      return words.map(capitalised).join("");
    case "camelCase":
      return words.map((w, i) => (i === 0 ? w.toLowerCase() : capitalised(w))).join("");
  }
}
