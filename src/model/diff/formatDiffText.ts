import type { Finding } from "../findings/Finding";
import { changeDetails, describeChangeHead } from "./describeChange";
import { CHANGE_TYPES, type FindingsDiff, type ModelDiff } from "./ModelDiff";

function findingLine(f: Finding): string {
  const suggestion = f.suggestion === null ? "" : ` (suggested: ${f.suggestion})`;
  return `  ${f.severity.padEnd(7)} ${f.rule}: ${f.message}${suggestion}`;
}

/**
 * The diff as plain text for a terminal or a review e-mail: a summary, then each change with
 * its details indented below it, then the findings introduced and fixed.
 */
export function formatDiffText(
  diff: ModelDiff,
  findings: FindingsDiff,
  labels: { readonly before: string; readonly after: string },
): string {
  const lines = [
    `Before: ${labels.before} (${diff.sizes.before} objects)`,
    `After:  ${labels.after} (${diff.sizes.after} objects)`,
    `${CHANGE_TYPES.map((t) => `${diff.counts[t]} ${t}`).join(", ")}; findings: ${findings.introduced.length} introduced, ${findings.fixed.length} fixed`,
  ];
  if (diff.changes.length > 0) {
    lines.push("");
    for (const change of diff.changes) {
      lines.push(describeChangeHead(change), ...changeDetails(change).map((d) => `    ${d}`));
    }
  }
  if (findings.introduced.length > 0) {
    lines.push("", "Findings introduced:", ...findings.introduced.map(findingLine));
  }
  if (findings.fixed.length > 0)
    lines.push("", "Findings fixed:", ...findings.fixed.map(findingLine));
  return `${lines.join("\n")}\n`;
}
