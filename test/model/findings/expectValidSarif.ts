import Ajv from "ajv-draft-04";
import { expect } from "vitest";
import sarifSchema from "@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json";

export interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; defaultConfiguration: object }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation?: {
          artifactLocation: { uri: string };
          region?: { startLine: number; startColumn: number };
        };
        logicalLocations: { name: string; fullyQualifiedName?: string; kind: string }[];
      }[];
    }[];
  }[];
}

// The SARIF 2.1.0 schema as Microsoft's SARIF test matchers ship it (draft-04, hence the Ajv
// build for draft-04). Formats are not checked, and one of its patterns is not valid with the
// regular-expression "u" flag Ajv uses by default.
const validate = new Ajv({
  strict: false,
  validateFormats: false,
  allErrors: true,
  unicodeRegExp: false,
}).compile(sarifSchema);

/** Parses `text`, expects it to be a valid SARIF 2.1.0 log and returns the log. */
export function expectValidSarif(text: string): SarifLog {
  const log = JSON.parse(text) as unknown;
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log as SarifLog;
}
