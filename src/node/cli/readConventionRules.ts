import { readFile } from "node:fs/promises";
import { conventionRules } from "../../model/conventions/conventionRules";
import { parseNamingConventions } from "../../model/conventions/parseNamingConventions";
import type { Rule } from "../../model/rules/Rule";
import { UnreadableInputError } from "./readInputs";

/**
 * The `convention/<kind>` rules of a conventions file given with `--conventions`; none without
 * one. Throws `UnreadableInputError` for a file that cannot be read and
 * `NamingConventionsError` (with JSON paths) for one that cannot be used: exit status 2.
 */
export async function readConventionRules(path: string | null): Promise<Rule[]> {
  if (path === null) return [];
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(error);
    throw new UnreadableInputError(`${path}: cannot read: ${why}`);
  }
  return conventionRules(parseNamingConventions(path, text));
}
