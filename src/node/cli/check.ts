import { NamingConventionsError } from "../../model/conventions/NamingConventionsError";
import { applyBaseline, type BaselineOutcome } from "../../model/findings/applyBaseline";
import { BaselineError } from "../../model/findings/BaselineError";
import { SEVERITIES } from "../../model/findings/Finding";
import { toFindingsBaseline } from "../../model/findings/FindingsBaseline";
import { plural } from "../../model/plural";
import type { Finding } from "../../model/findings/Finding";
import { findingsReport } from "../../model/findings/toFindingsJson";
import { sarifLog } from "../../model/findings/toSarif";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { analyseInputs } from "../../model/pipeline/analyseInputs";
import { RULES } from "../../model/rules/ruleRegistry";
import type { FailOn } from "./checkArgs";
import { CHECK_USAGE, parseCheckArgs } from "./checkArgs";
import type { CliIo } from "./CliIo";
import { formatFindingsText } from "./formatFindingsText";
import { jsonInParts } from "../../model/json/jsonInParts";
import { printableName } from "./printableName";
import { readConventionRules } from "./readConventionRules";
import { readBaseline } from "./readBaseline";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { UsageError } from "./UsageError";

import { sarifPlacement } from "./sarifPlacement";
import { toolHomepage } from "./toolHomepage";
import { TOOL_VERSION } from "./toolVersion";
import { useColour } from "./useColour";
import { UnwritableOutputError } from "./UnwritableOutputError";
import { writeReport } from "./writeReport";

function reaches(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  const limit = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

/** What a baseline left out, and what of it is gone: one line. */
function describeBaselineOutcome(file: string, outcome: BaselineOutcome): string {
  const fixed =
    outcome.fixed.length === 0
      ? "none of its entries fixed"
      : `${`${outcome.fixed.length} ${outcome.fixed.length === 1 ? "entry" : "entries"}`} now fixed (--write-baseline drops them)`;
  return `Baseline ${printableName(file)}: ${plural(outcome.known, "known finding")} not reported, ${fixed}`;
}

/** The text report's lines, then what a baseline left out, each made as it is read. */
function* followedBy(lines: Iterable<string>, note: string | null): Generator<string> {
  yield* lines;
  if (note !== null) yield `${note}\n`;
}

/**
 * `campaign-lens check <file...>`: loads the files into one model, runs the rules and prints
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
    const inputs = await readInputs(args.files, io, args.maxInputSize);
    const { model, findings: all } = analyseInputs(inputs, {
      pivot: null,
      settings: args.rules,
      extraRules: conventions,
    });
    const baseline =
      args.baseline === null ? null : await readBaseline(args.baseline, args.maxInputSize);
    const outcome = baseline === null ? null : applyBaseline(all, baseline.findings);
    const findings = outcome === null ? all : outcome.fresh;
    const colour = args.output === null ? io.colour : useColour(io.env, false);
    const note = outcome === null ? null : describeBaselineOutcome(args.baseline ?? "", outcome);
    // Every report is made as it is written, at the reader's pace (see writeReport).
    let report: Iterable<string>;
    if (args.format === "json") report = jsonInParts(findingsReport(model.files, findings));
    else if (args.format === "sarif") {
      const rules = [...RULES, ...conventions].filter((rule) => args.rules[rule.id] !== "off");
      report = jsonInParts(
        sarifLog(findings, rules, {
          toolVersion: TOOL_VERSION,
          informationUri: toolHomepage(),
          ...sarifPlacement(inputs, findings, args.srcroot),
        }),
      );
    } else report = followedBy(formatFindingsText(model.files, findings, colour), note);
    await writeReport(io, args.output, report);
    if (note !== null && args.format !== "text") io.stderr(`check: ${note}\n`);
    if (args.writeBaseline !== null) {
      await writeReport(io, args.writeBaseline, toFindingsBaseline(all));
      io.stderr(`check: recorded ${plural(all.length, "finding")} in ${args.writeBaseline}\n`);
      return 0;
    }
    return reaches(findings, args.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`check: ${error.message}\n${CHECK_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof ConfigImportError ||
      error instanceof UnreadableInputError ||
      error instanceof UnwritableOutputError ||
      error instanceof NamingConventionsError ||
      error instanceof BaselineError
    ) {
      io.stderr(`check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
