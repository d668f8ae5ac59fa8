import { conventionRules } from "../../model/conventions/conventionRules";
import { parseNamingConventions } from "../../model/conventions/parseNamingConventions";
import type { Rule } from "../../model/rules/Rule";
import { readFileBounded } from "./readInputs";

/**
 * The `convention/<kind>` rules of a conventions file given with `--conventions`; none without
 * one. Throws `UnreadableInputError` for a file that cannot be read or passes `maxBytes`, and
 * `NamingConventionsError` (with JSON paths) for one that cannot be used: exit status 2.
 */
export async function readConventionRules(path: string | null, maxBytes: number): Promise<Rule[]> {
  if (path === null) return [];
  const text = new TextDecoder().decode(await readFileBounded(path, maxBytes));
  return conventionRules(parseNamingConventions(path, text));
}
