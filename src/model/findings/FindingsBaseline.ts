import * as z from "zod";
import type { Finding } from "./Finding";

/**
 * A finding as a baseline remembers it: the rule and the object's identity (kind, tenant,
 * name; a campaign group's name is its composed `campaign@group` id). No file, line or JSON
 * path, so moving objects around a file, or between files, does not bring old findings back.
 */
export const baselineEntrySchema = z.strictObject({
  rule: z.string(),
  kind: z.string(),
  tenant: z.string(),
  name: z.string(),
});
export type BaselineEntry = z.infer<typeof baselineEntrySchema>;

export const findingsBaselineSchema = z.strictObject({
  tool: z.literal("campaign-lens"),
  baselineVersion: z.literal(1),
  findings: z.array(baselineEntrySchema),
});
export type FindingsBaseline = z.infer<typeof findingsBaselineSchema>;

export function baselineEntry(finding: Finding): BaselineEntry {
  return { rule: finding.rule, kind: finding.kind, tenant: finding.tenant, name: finding.name };
}

/** Today's findings as a baseline file's text, sorted so that it diffs well in review. */
export function toFindingsBaseline(findings: readonly Finding[]): string {
  const entries = findings.map(baselineEntry).sort((a, b) => {
    for (const field of ["rule", "kind", "tenant", "name"] as const) {
      if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
    }
    return 0;
  });
  const baseline: FindingsBaseline = {
    tool: "campaign-lens",
    baselineVersion: 1,
    findings: entries,
  };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
