import type { Finding } from "../../model/findings/Finding";
import { toSarif, type SarifRule } from "../../model/findings/toSarif";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import type { ConfigInput } from "../../model/loadConfig";
import { analyseInputs } from "../../model/pipeline/analyseInputs";
import { findRule } from "../../model/rules/ruleRegistry";
import {
  findingKindOf,
  RULES_EXPLAINING_REFUSAL,
  statKeyOfFinding,
} from "../../model/stats/confirmedByStatServer";
import { statKey, type StatKey } from "../../model/stats/StatKey";
import { StatisticsApiError } from "../server/statisticsApi/StatisticsApiClient";
import {
  readStatisticsMapping,
  StatisticsMappingError,
} from "../server/statisticsApi/statisticsMapping";
import type { CliIo } from "./CliIo";
import { printableName } from "./printableName";
import { parseProbeArgs, PROBE_USAGE } from "./probeArgs";
import { probeStatServer, type ProbeAnswer } from "./probeStatServer";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { UsageError } from "./UsageError";
import { sarifPlacement } from "./sarifPlacement";
import { toolHomepage } from "./toolHomepage";
import { TOOL_VERSION } from "./toolVersion";
import { UnwritableOutputError } from "./UnwritableOutputError";
import { writeReport } from "./writeReport";

/** The SARIF rule of a refusal that no finding explains. */
const SURPRISE_RULE: SarifRule = {
  id: "stat-server/refused",
  defaultSeverity: "error",
  description: "Stat Server refused an id that no rule flagged",
  explanation:
    "The Statistics API refused to report on this object although no naming rule flagged it: " +
    "Stat Server may not serve its tenant, or the object may be missing from Stat Server's " +
    "configuration. Nothing will show figures for it until Stat Server knows it.",
};

interface ProbeReport {
  readonly asked: number;
  readonly known: readonly ProbeAnswer[];
  readonly refused: readonly (ProbeAnswer & { readonly findings: readonly Finding[] })[];
  /** Findings on an object Stat Server refused: Stat Server confirms them. */
  readonly confirmed: readonly Finding[];
}

/**
 * Joins Stat Server's answers with the rules' findings. A refusal is explained, and its
 * findings confirmed, by the findings of the rules that explain a refusal, as in the app.
 */
function joinProbe(answers: readonly ProbeAnswer[], findings: readonly Finding[]): ProbeReport {
  const byObject = new Map<StatKey, Finding[]>();
  for (const finding of findings) {
    const key = RULES_EXPLAINING_REFUSAL.has(finding.rule) ? statKeyOfFinding(finding) : null;
    if (key === null) continue;
    const list = byObject.get(key) ?? [];
    list.push(finding);
    byObject.set(key, list);
  }
  const refused = answers
    .filter((a) => !a.known)
    .map((a) => ({ ...a, findings: byObject.get(statKey(a.objectType, a.objectId)) ?? [] }));
  return {
    asked: answers.length,
    known: answers.filter((a) => a.known),
    refused,
    confirmed: refused.flatMap((r) => r.findings),
  };
}

function formatText(report: ProbeReport, api: string): string {
  const lines = [
    `Stat Server (${printableName(api)}): ${report.known.length} known, ${report.refused.length} refused of ${report.asked} ids asked`,
  ];
  const explained = report.refused.filter((r) => r.findings.length > 0);
  const surprises = report.refused.filter((r) => r.findings.length === 0);
  if (explained.length > 0) lines.push("", `confirmed by Stat Server (${explained.length})`);
  for (const r of explained) {
    lines.push(
      `  Stat Server does not know ${r.objectType} \`${printableName(r.objectId)}\`: ${printableName(r.reason ?? "")}`,
    );
    for (const f of r.findings) lines.push(`    ${f.rule}: ${printableName(f.message)}`);
  }
  if (surprises.length > 0)
    lines.push("", `refused by Stat Server, no finding explains it (${surprises.length})`);
  for (const r of surprises) {
    lines.push(
      `  ${r.objectType} \`${printableName(r.objectId)}\`: ${printableName(r.reason ?? "")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function formatJson(report: ProbeReport, api: string): string {
  return `${JSON.stringify(
    {
      statisticsApi: api,
      asked: report.asked,
      known: report.known.map(({ objectType, objectId }) => ({ objectType, objectId })),
      refused: report.refused.map((r) => ({
        objectType: r.objectType,
        objectId: r.objectId,
        reason: r.reason,
        findings: r.findings.map((f) => f.rule),
      })),
      confirmed: report.confirmed,
    },
    null,
    2,
  )}\n`;
}

function formatSarif(report: ProbeReport, inputs: readonly ConfigInput[]): string {
  const surprises: Finding[] = report.refused
    .filter((r) => r.findings.length === 0)
    .map((r) => ({
      rule: SURPRISE_RULE.id,
      severity: "error",
      kind: findingKindOf(r.objectType),
      tenant: "",
      name: r.objectId,
      statId: null,
      message: `Stat Server refused ${r.objectType} "${r.objectId}" (${r.reason ?? "no reason given"}) and no finding explains it.`,
      suggestion: null,
      file: null,
      location: null,
      object: null,
    }));
  const confirmed = report.confirmed.map((f) => ({
    ...f,
    message: `Confirmed by Stat Server: ${f.message}`,
  }));
  const rules: SarifRule[] = [
    ...Array.from(new Set(confirmed.map((f) => f.rule))).flatMap((id) => findRule(id) ?? []),
  ];
  if (surprises.length > 0) rules.push(SURPRISE_RULE);
  const findings = [...confirmed, ...surprises];
  return toSarif(findings, rules, {
    toolVersion: TOOL_VERSION,
    informationUri: toolHomepage(),
    ...sarifPlacement(inputs, findings, "."),
  });
}

/**
 * `campaign-lens probe <file...> --statistics-api <url>`: asks Stat Server about every id of
 * the configuration and joins its answers with the findings. Exit status 0 when it knows them
 * all, 1 when it refused one, 2 on bad usage, an unreadable input or an unreachable API.
 */
export async function runProbe(
  argv: readonly string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = io.env,
): Promise<number> {
  try {
    const args = parseProbeArgs(argv, env);
    if (args.help || args.api === null) {
      io.stdout(`${PROBE_USAGE}\n`);
      return 0;
    }
    const mapping = await readStatisticsMapping(args.api.mappingFile);
    const inputs = await readInputs(args.files, io, args.maxBytes);
    const { hierarchy, findings } = analyseInputs(inputs, { pivot: "campaign", settings: {} });
    const answers = await probeStatServer(
      hierarchy,
      mapping,
      args.api.baseUrl,
      args.api.credentials,
    );
    const report = joinProbe(answers, findings);
    const text =
      args.format === "json"
        ? formatJson(report, args.api.baseUrl)
        : args.format === "sarif"
          ? formatSarif(report, inputs)
          : formatText(report, args.api.baseUrl);
    await writeReport(io, args.output, text);
    return report.refused.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`probe: ${error.message}\n${PROBE_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof ConfigImportError ||
      error instanceof UnreadableInputError ||
      error instanceof UnwritableOutputError ||
      error instanceof StatisticsMappingError
    ) {
      io.stderr(`probe: ${error.message}\n`);
      return 2;
    }
    if (error instanceof StatisticsApiError) {
      io.stderr(`probe: the Statistics API cannot be used: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
