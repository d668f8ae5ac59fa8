import * as z from "zod";
import { parseEnum, type EnumDefinition } from "../config/enums";
import { describeValue } from "./describeValue";

/** How the file spells enums, which decides how "expected ..." lists the accepted values. */
type EnumSpelling = "mutagen" | "psdk";

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

/** The spellings files use: integers, as numbers or text, PSDK constants and short forms. */
function usualSpellings<N extends string>(def: EnumDefinition<N>): [string, ...string[]] {
  const shortPrefix = def.prefix.replace(/^CFG/, "").toLowerCase();
  const spellings = Object.entries(def.byValue).flatMap(([value, name]) => [
    value,
    name,
    `${def.prefix}${name}`,
    `${shortPrefix}${name.toLowerCase()}`,
  ]);
  return spellings as [string, ...string[]];
}

const usualTextField = <N extends string>(def: EnumDefinition<N>) => z.enum(usualSpellings(def));
const usualNumberField = <N extends string>(def: EnumDefinition<N>) =>
  z.literal(Object.keys(def.byValue).map(Number));

/**
 * The usual spelling of an enum field alone: its integers for a file that gives values as
 * numbers (mutagen RAW), else its usual names. It accepts part of what `enumField` accepts,
 * with the same output, and costs a union less.
 */
export function usualEnumField<N extends string>(def: EnumDefinition<N>, valuesAreText: boolean) {
  return valuesAreText ? usualTextField(def) : usualNumberField(def);
}

/**
 * A schema for an enum field: an integer, a PSDK constant or a mutagen short form, in any
 * letter case. Its output is the spelling as the file gave it; `enumValue` turns that into the
 * canonical name. The usual spellings are checked first as a plain set lookup, cheaper than
 * a transform, which matters in a large file with several enums per object; any other
 * spelling goes through `parseEnum`, and its failure lists the values in the file's spelling.
 * `valuesAreText` says whether the file gives values as text (mutagen JSON, XML) rather than
 * as numbers (mutagen RAW): a union member that fails still builds an issue, so the members
 * are tried in the order the file is likely to need.
 */
export function enumField<N extends string>(
  def: EnumDefinition<N>,
  spelling: EnumSpelling,
  valuesAreText = spelling === "mutagen",
) {
  const expected = expectedValues(def, spelling);
  const names = usualTextField(def);
  const numbers = usualNumberField(def);
  const [first, second] = valuesAreText ? [names, numbers] : [numbers, names];
  return z.union([
    first,
    second,
    z.custom<string>(
      (raw) =>
        (typeof raw === "string" || typeof raw === "number") && parseEnum(def, raw) !== undefined,
      { error: (issue) => `expected ${expected}, got ${describeValue(issue.input)}` },
    ),
  ]);
}

const canonical = new Map<EnumDefinition<string>, Map<string | number, string>>();

/**
 * The canonical name of an enum value that `enumField` accepted. Files repeat a handful of
 * spellings many thousand times, so each spelling's answer is remembered.
 */
export function enumValue<N extends string>(
  def: EnumDefinition<N>,
  raw: string | number | null | undefined,
): N | undefined {
  if (raw === null || raw === undefined) return undefined;
  let known = canonical.get(def) as Map<string | number, N> | undefined;
  if (known === undefined) canonical.set(def, (known = new Map()));
  let value = known.get(raw);
  if (value === undefined) {
    value = parseEnum(def, raw);
    if (value !== undefined) known.set(raw, value);
  }
  return value;
}
