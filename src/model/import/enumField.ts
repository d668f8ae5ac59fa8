import { z } from "zod";
import { parseEnum, type EnumDefinition } from "../config/enums";
import { describeValue } from "./describeValue";

/** How the file spells enums, which decides how "expected ..." lists the accepted values. */
export type EnumSpelling = "mutagen" | "psdk";

function listChoices(choices: readonly string[]): string {
  if (choices.length <= 2) return choices.join(" or ");
  return `one of ${choices.join(", ")}`;
}

function expectedValues<N extends string>(def: EnumDefinition<N>, spelling: EnumSpelling): string {
  const entries = Object.entries(def.byValue) as [string, N][];
  if (spelling === "mutagen") {
    const shortPrefix = def.prefix.replace(/^CFG/, "").toLowerCase();
    return listChoices(entries.map(([, name]) => `${shortPrefix}${name.toLowerCase()}`));
  }
  return listChoices(entries.map(([value, name]) => `${value} (${def.prefix}${name})`));
}

/**
 * A schema for an enum field accepting all three spellings (integer, PSDK constant, mutagen
 * short form) and producing the canonical name. The message lists the values in the spelling
 * of the file being read.
 */
export function enumField<N extends string>(def: EnumDefinition<N>, spelling: EnumSpelling) {
  const expected = expectedValues(def, spelling);
  return z.unknown().transform((raw, ctx): N => {
    const value =
      typeof raw === "string" || typeof raw === "number" ? parseEnum(def, raw) : undefined;
    if (value !== undefined) return value;
    ctx.addIssue({ code: "custom", message: `expected ${expected}, got ${describeValue(raw)}` });
    return z.NEVER;
  });
}
