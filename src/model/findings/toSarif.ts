import type { Rule } from "../rules/Rule";
import type { Finding, Severity } from "./Finding";

/** What SARIF needs to know of a rule. */
export type SarifRule = Pick<Rule, "id" | "defaultSeverity" | "description" | "explanation">;

export interface SarifOptions {
  readonly toolVersion?: string;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const XML_POSITION = /^line (\d+), column (\d+)$/;

/** A file path as a URI reference: `/` separators, each segment percent-encoded. */
function toUri(path: string): string {
  return path.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/");
}

function locationOf(finding: Finding): object {
  const position = finding.location === null ? null : XML_POSITION.exec(finding.location);
  const physicalLocation =
    finding.file === null
      ? undefined
      : {
          artifactLocation: { uri: toUri(finding.file) },
          ...(position
            ? { region: { startLine: Number(position[1]), startColumn: Number(position[2]) } }
            : {}),
        };
  // A configuration object is a logical location: a JSON object at a path in a mutagen
  // export (`campaignGroups[3]`), an element in Configuration Server XML.
  const logicalLocation = {
    name: finding.name,
    ...(finding.location !== null && !position
      ? { fullyQualifiedName: finding.location, kind: "object" }
      : { kind: "element" }),
  };
  return {
    ...(physicalLocation ? { physicalLocation } : {}),
    logicalLocations: [logicalLocation],
  };
}

/**
 * The findings as a SARIF 2.1.0 log, for code-scanning dashboards and CI annotations: one run,
 * the rules with their default levels, one result per finding with its file, its line where
 * the format has lines, and the object as a logical location.
 */
export function toSarif(
  findings: readonly Finding[],
  rules: readonly SarifRule[],
  options: SarifOptions = {},
): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = [...new Set(findings.flatMap((f) => (f.file === null ? [] : [f.file])))];
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "campaign-lens",
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.explanation },
              help: { text: rule.explanation },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        artifacts: files.map((file) => ({ location: { uri: toUri(file) } })),
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: LEVEL[finding.severity],
          message: {
            text:
              finding.suggestion === null
                ? finding.message
                : `${finding.message} Suggestion: ${finding.suggestion}`,
          },
          locations: [locationOf(finding)],
          partialFingerprints: {
            "campaignLensObject/v1": [
              finding.rule,
              finding.tenant,
              finding.kind,
              finding.name,
            ].join("\u001f"),
          },
          properties: {
            tenant: finding.tenant,
            kind: finding.kind,
            statId: finding.statId,
            suggestion: finding.suggestion,
          },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
