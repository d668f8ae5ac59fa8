import type * as z from "zod";
import { describeValue } from "../../model/import/describeValue";
import { formatJsonPath } from "../../model/import/formatJsonPath";

/** The first problem of a failed parse, as one line a feeder's operator can act on. */
export function describeIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0];
  if (!issue) return "invalid body";
  const where = issue.path.length > 0 ? formatJsonPath(issue.path) : "body";
  let value: unknown = input;
  for (const key of issue.path) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  const got =
    issue.path.length > 0 || issue.code === "invalid_type" ? `, got ${describeValue(value)}` : "";
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : "";
  return `${where}: ${issue.message.replace(/^Invalid input: /, "")}${got}${more}`;
}
