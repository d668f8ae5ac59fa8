import type { Rule } from "../rules/Rule";
import type { Finding, Severity } from "./Finding";
import { LazyJsonArray } from "../json/LazyJsonArray";

/** What SARIF needs to know of a rule. */
export type SarifRule = Pick<Rule, "id" | "defaultSeverity" | "description" | "explanation">;

/** Where a file is, as SARIF says it: an absolute URI, or one relative to a named base. */
export interface SarifArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

/** Where in a file: 1-based lines and columns (UTF-16 code units, SARIF's default). */
export interface SarifRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface SarifOptions {
  readonly toolVersion?: string;
  /** Where to read about the tool (tool.driver.informationUri). */
  readonly informationUri?: string;
  /** A finding's file as SARIF wants it; by default its path as a URI (see defaultArtifactLocation). */
  readonly artifactLocation?: (file: string) => SarifArtifactLocation | null;
  /** The bases relative URIs name (`%SRCROOT%` → `file:///…/`). */
  readonly originalUriBaseIds?: Readonly<Record<string, { readonly uri: string }>>;
  /** Where a finding's object is in its file, when the finding's location does not say. */
  readonly region?: (finding: Finding) => SarifRegion | null;
}

const LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  error: "error",
  warning: "warning",
  info: "note",
};

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const XML_POSITION = /^line (\d+), column (\d+)$/;

/** A file path as a URI reference: `/` separators, each segment percent-encoded. */
export function pathToUriReference(path: string): string {
  return path.replaceAll("\\", "/").split("/").map(encodeURIComponent).join("/");
}

/**
 * A path as SARIF allows it: an absolute path becomes a `file:` URI (a bare absolute path is
 * not a valid relative reference), a relative one stays relative; standard input (`-`) is no
 * file at all.
 */
function defaultArtifactLocation(file: string): SarifArtifactLocation | null {
  if (file === "-") return null;
  const posix = file.replaceAll("\\", "/");
  if (posix.startsWith("/")) return { uri: `file://${pathToUriReference(posix)}` };
  if (/^[A-Za-z]:\//.test(posix)) {
    return { uri: `file:///${posix.slice(0, 2)}${pathToUriReference(posix.slice(2))}` };
  }
  return { uri: pathToUriReference(posix) };
}

function locationOf(finding: Finding, options: SarifOptions): object {
  const position = finding.location === null ? null : XML_POSITION.exec(finding.location);
  const artifactLocation =
    finding.file === null
      ? null
      : (options.artifactLocation ?? defaultArtifactLocation)(finding.file);
  const region = position
    ? { startLine: Number(position[1]), startColumn: Number(position[2]) }
    : (options.region?.(finding) ?? null);
  const physicalLocation =
    artifactLocation === null
      ? undefined
      : { artifactLocation, ...(region === null ? {} : { region }) };
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
 * the format has lines, and the object as a logical location. The results are made as the
 * log is written (see LazyJsonArray).
 */
export function sarifLog(
  findings: readonly Finding[],
  rules: readonly SarifRule[],
  options: SarifOptions = {},
) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const files = [...new Set(findings.flatMap((f) => (f.file === null ? [] : [f.file])))];
  const artifactLocation = options.artifactLocation ?? defaultArtifactLocation;
  const artifacts = files.flatMap((file) => {
    const location = artifactLocation(file);
    return location === null ? [] : [{ location }];
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "campaign-lens",
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.explanation },
              help: { text: rule.explanation },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        ...(options.originalUriBaseIds ? { originalUriBaseIds: options.originalUriBaseIds } : {}),
        artifacts,
        results: new LazyJsonArray(findings, (finding) => ({
          ruleId: finding.rule,
          ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
          level: LEVEL[finding.severity],
          message: {
            text:
              finding.suggestion === null
                ? finding.message
                : `${finding.message} Suggestion: ${finding.suggestion}`,
          },
          locations: [locationOf(finding, options)],
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
}

/** The SARIF log (see sarifLog) as its file's text. */
export function toSarif(
  findings: readonly Finding[],
  rules: readonly SarifRule[],
  options: SarifOptions = {},
): string {
  return `${JSON.stringify(sarifLog(findings, rules, options), null, 2)}\n`;
}
