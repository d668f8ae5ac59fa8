import { ConfigImportError } from "../import/ConfigImportError";
import { describeValue } from "../import/describeValue";
import { formatJsonPath } from "../import/formatJsonPath";
import { parseJsonText } from "../import/parseJsonText";
import { namingConventionsSchema, type NamingConventions } from "./NamingConventions";
import { NamingConventionsError } from "./NamingConventionsError";

/**
 * Reads a conventions file (JSON). Every problem is reported with its JSON path; a pattern
 * that is not a valid regular expression, or that could take a very long time to match, is
 * refused with the reason.
 */
export function parseNamingConventions(file: string, text: string): NamingConventions {
  let raw: unknown;
  try {
    raw = parseJsonText(file, text);
  } catch (error) {
    if (error instanceof ConfigImportError) {
      const where = error.line === undefined ? "" : `line ${error.line}, column ${error.column}: `;
      throw new NamingConventionsError(file, [`${where}${error.reason}`]);
    }
    throw error;
  }
  const result = namingConventionsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new NamingConventionsError(
    file,
    result.error.issues.map((issue) => {
      const path = formatJsonPath(issue.path);
      const reason =
        issue.code === "invalid_type"
          ? `expected ${issue.expected}, got ${describeValue(issue.input)}`
          : issue.message.replace(/^Invalid input: /, "");
      return path === "" ? reason : `${path}: ${reason}`;
    }),
  );
}
