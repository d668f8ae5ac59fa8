import { csvText } from "./csvCell";
import type { Finding } from "./Finding";

const HEADER = [
  "severity",
  "rule",
  "tenant",
  "kind",
  "name",
  "statId",
  "message",
  "suggestion",
  "file",
  "location",
] as const;

/** The findings as CSV for a spreadsheet: one row each, a header row first. */
export function toFindingsCsv(findings: readonly Finding[]): string {
  return csvText([
    HEADER,
    ...findings.map((f) => [
      f.severity,
      f.rule,
      f.tenant,
      f.kind,
      f.name,
      f.statId,
      f.message,
      f.suggestion,
      f.file,
      f.location,
    ]),
  ]);
}
