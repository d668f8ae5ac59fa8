import type { Finding, Severity } from "../../../model/findings/Finding";
import { severityRank } from "../../shared/hierarchy/findingsOfNode";

export type FindingSort = "severity" | "name" | "rule";

interface FindingFilter {
  readonly severities: ReadonlySet<Severity>;
  /** null: every rule. */
  readonly rule: string | null;
  readonly sort: FindingSort;
  /** Only these (the findings Stat Server confirmed); null: every finding. */
  readonly only?: ReadonlySet<Finding> | null;
}

interface FindingCounts {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Rule ids with their counts, most frequent first. */
  readonly byRule: readonly (readonly [string, number])[];
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
  return {
    bySeverity,
    byRule: [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

const compareBy: Record<FindingSort, (a: Finding, b: Finding) => number> = {
  severity: (a, b) => severityRank(a.severity) - severityRank(b.severity),
  name: (a, b) => a.name.localeCompare(b.name) || a.tenant.localeCompare(b.tenant),
  rule: (a, b) => a.rule.localeCompare(b.rule),
};

/** The findings the panel lists; the sort is stable, so ties keep the engine's order. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const only = filter.only ?? null;
  const kept = findings.filter(
    (f) =>
      filter.severities.has(f.severity) &&
      (filter.rule === null || f.rule === filter.rule) &&
      (only === null || only.has(f)),
  );
  return kept.sort(compareBy[filter.sort]);
}
