import { ConfigImportError } from "../import/ConfigImportError";
import { describeValue } from "../import/describeValue";
import { formatJsonPath } from "../import/formatJsonPath";
import { parseJsonText } from "../import/parseJsonText";
import { BaselineError } from "./BaselineError";
import { findingsBaselineSchema, type FindingsBaseline } from "./FindingsBaseline";

/** Reads a baseline file written by `check --write-baseline`; problems name their JSON path. */
export function parseFindingsBaseline(file: string, text: string): FindingsBaseline {
  let raw: unknown;
  try {
    raw = parseJsonText(file, text);
  } catch (error) {
    if (error instanceof ConfigImportError) {
      const where = error.line === undefined ? "" : `line ${error.line}, column ${error.column}: `;
      throw new BaselineError(`${file}: ${where}${error.reason}`);
    }
    throw error;
  }
  const result = findingsBaselineSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatJsonPath(issue.path);
  const reason =
    issue.code === "invalid_type"
      ? `expected ${issue.expected}, got ${describeValue(issue.input)}`
      : issue.message.replace(/^Invalid input: /, "");
  throw new BaselineError(
    `${file}: ${path === "" ? "" : `${path}: `}${reason} (not a baseline written by check --write-baseline)`,
  );
}
