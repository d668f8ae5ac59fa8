import type { Finding, Severity } from "./Finding";

/** How many findings of each severity. */
export function summarizeFindings(findings: readonly Finding[]): Record<Severity, number> {
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) summary[finding.severity]++;
  return summary;
}
