import type { ConfigModel } from "../../../model/config/ConfigModel";
import { RULES } from "../../../model/rules/ruleRegistry";
import type { Analysis } from "../../worker/analyseConfig";

export interface ExportFormat {
  readonly id: "json" | "csv" | "sarif" | "rename-plan";
  readonly label: string;
  readonly suffix: string;
  readonly type: string;
  /**
   * The same content as the CLI's, from the model's own writers, which load on first use:
   * the app's first load does not carry them.
   */
  readonly write: (analysis: Analysis, model: ConfigModel) => Promise<string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: "json",
    label: "Findings (JSON)",
    suffix: "findings.json",
    type: "application/json",
    write: async (a, model) =>
      (await import("../../../model/findings/toFindingsJson")).toFindingsJson(
        model.files,
        a.findings,
      ),
  },
  {
    id: "csv",
    label: "Findings (CSV)",
    suffix: "findings.csv",
    type: "text/csv",
    write: async (a) =>
      (await import("../../../model/findings/toFindingsCsv")).toFindingsCsv(a.findings),
  },
  {
    id: "sarif",
    label: "Findings (SARIF)",
    suffix: "findings.sarif",
    type: "application/sarif+json",
    write: async (a) =>
      (await import("../../../model/findings/toSarif")).toSarif(a.findings, RULES),
  },
  {
    id: "rename-plan",
    label: "Rename plan (CSV)",
    suffix: "rename-plan.csv",
    type: "text/csv",
    write: async (a, model) =>
      (await import("../../../model/findings/toRenamePlanCsv")).toRenamePlanCsv(a.findings, model),
  },
];

/** `campaigns-findings.json` for `campaigns.json`; `configuration-…` for several inputs. */
export function exportFileName(analysis: Analysis, format: ExportFormat): string {
  const base =
    analysis.sources.length === 1
      ? analysis.sources[0]!.replace(/\.[^.]+$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "_")
      : "configuration";
  return `${base || "configuration"}-${format.suffix}`;
}
