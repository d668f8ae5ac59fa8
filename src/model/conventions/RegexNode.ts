/**
 * One character the pattern matches at a position: `ranges` lists the code points when they
 * can be listed (a literal, `[a-z_]`, `\d`); null for a set too large to list (`.`, `[^_]`,
 * `\p{Lu}`), whose members are then found by testing `source` as a regular expression.
 */
export interface CharSet {
  readonly source: string;
  readonly ranges: readonly (readonly [number, number])[] | null;
}

/** A regular expression's structure, as far as the backtracking check needs it. */
export type RegexNode =
  | { readonly type: "chars"; readonly set: CharSet }
  /** An assertion that consumes nothing: `^`, `$`, `\b`, `\B`. */
  | { readonly type: "empty" }
  /** A lookahead or lookbehind: consumes nothing, but its body still backtracks. */
  | { readonly type: "look"; readonly body: RegexNode }
  | { readonly type: "seq"; readonly items: readonly RegexNode[] }
  | { readonly type: "alt"; readonly branches: readonly RegexNode[] }
  | {
      readonly type: "repeat";
      readonly min: number;
      readonly max: number;
      readonly body: RegexNode;
    }
  | { readonly type: "backref" };
