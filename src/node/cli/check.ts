import { pathToFileURL } from "node:url";
import { NamingConventionsError } from "../../model/conventions/NamingConventionsError";
import { SEVERITIES } from "../../model/findings/Finding";
import type { Finding } from "../../model/findings/Finding";
import { toFindingsJson } from "../../model/findings/toFindingsJson";
import { toSarif } from "../../model/findings/toSarif";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { loadConfig } from "../../model/loadConfig";
import { RULES } from "../../model/rules/ruleRegistry";
import { runRules } from "../../model/rules/runRules";
import type { FailOn } from "./checkArgs";
import { CHECK_USAGE, parseCheckArgs } from "./checkArgs";
import type { CliIo } from "./CliIo";
import { processIo } from "./CliIo";
import { formatFindingsText } from "./formatFindingsText";
import { readConventionRules } from "./readConventionRules";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { UsageError } from "./UsageError";

const TOOL_VERSION = "0.1.0";

function reaches(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  const limit = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

/**
 * `npm run -s check -- <file...>`: loads the files into one model, runs the rules and prints
 * the findings. Exit status 0 when nothing reaches the --fail-on severity, 1 when something
 * does, 2 when the command line or an input cannot be used (the reason on stderr).
 */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCheckArgs(argv, io.env);
    if (args.help) {
      io.stdout(`${CHECK_USAGE}\n`);
      return 0;
    }
    const conventions = await readConventionRules(args.conventions, args.maxInputSize);
    const model = loadConfig(await readInputs(args.files, io, args.maxInputSize));
    const findings = runRules(model, args.rules, undefined, conventions);
    if (args.format === "json") io.stdout(toFindingsJson(model.files, findings));
    else if (args.format === "sarif") {
      const rules = [...RULES, ...conventions].filter((rule) => args.rules[rule.id] !== "off");
      io.stdout(toSarif(findings, rules, { toolVersion: TOOL_VERSION }));
    } else io.stdout(formatFindingsText(model.files, findings, io.colour));
    return reaches(findings, args.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`check: ${error.message}\n${CHECK_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof ConfigImportError ||
      error instanceof UnreadableInputError ||
      error instanceof NamingConventionsError
    ) {
      io.stderr(`check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCheck(process.argv.slice(2), processIo());
}
