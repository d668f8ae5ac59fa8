import type { LoadedFile } from "../config/ConfigModel";
import type { Finding } from "./Finding";
import { LazyJsonArray } from "../json/LazyJsonArray";
import { summarizeFindings } from "./summarizeFindings";

/**
 * The findings as the CLI's `--format json` prints them: the files read with their object
 * counts, every finding with the same fields in the same order (absent values as null, never
 * missing), and a count per severity. The findings' entries are made as the report is written
 * (see LazyJsonArray).
 */
export function findingsReport(files: readonly LoadedFile[], findings: readonly Finding[]) {
  return {
    files: files.map((file) => ({ path: file.path, format: file.format, objects: file.counts })),
    findings: new LazyJsonArray(findings, (f) => ({
      rule: f.rule,
      severity: f.severity,
      kind: f.kind,
      name: f.name,
      statId: f.statId ?? null,
      message: f.message,
      suggestion: f.suggestion ?? null,
      file: f.file ?? null,
      location: f.location ?? null,
    })),
    summary: summarizeFindings(findings),
  };
}

/** The report (see findingsReport) as its file's text. */
export function toFindingsJson(files: readonly LoadedFile[], findings: readonly Finding[]): string {
  return `${JSON.stringify(findingsReport(files, findings), null, 2)}\n`;
}
