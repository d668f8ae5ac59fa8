import { NamingConventionsError } from "../../model/conventions/NamingConventionsError";
import { diffFindings } from "../../model/diff/diffFindings";
import { diffModels } from "../../model/diff/diffModels";
import { formatDiffText } from "../../model/diff/formatDiffText";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { analyseInputs } from "../../model/pipeline/analyseInputs";
import type { CliIo } from "./CliIo";
import { DIFF_USAGE, parseDiffArgs } from "./diffArgs";
import { readConventionRules } from "./readConventionRules";
import { printableText } from "./printableName";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { UsageError } from "./UsageError";
import { UnwritableOutputError } from "./UnwritableOutputError";
import { writeReport } from "./writeReport";

/**
 * `campaign-lens diff <before...> -- <after...>`: compares two snapshots object by object and
 * their findings. Exit status 0 when nothing differs, 1 when objects or findings differ, 2
 * when the command line or an input cannot be used (the reason on stderr), as for `check`.
 */
export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseDiffArgs(argv, io.env);
    if (args.help) {
      io.stdout(`${DIFF_USAGE}\n`);
      return 0;
    }
    const rules = await readConventionRules(args.conventions, args.maxInputSize);
    const options = { pivot: null, settings: {}, extraRules: rules };
    const before = analyseInputs(await readInputs(args.before, io, args.maxInputSize), options);
    const after = analyseInputs(await readInputs(args.after, io, args.maxInputSize), options);
    const diff = diffModels(before.model, after.model);
    const findings = diffFindings(before.findings, after.findings);
    if (args.format === "json") {
      const report = { before: args.before, after: args.after, ...diff, findings };
      await writeReport(io, args.output, `${JSON.stringify(report, null, 2)}\n`);
    } else {
      const labels = { before: args.before.join(", "), after: args.after.join(", ") };
      // Names, field values and file names come from the files: escaped as check escapes them.
      await writeReport(io, args.output, printableText(formatDiffText(diff, findings, labels)));
    }
    const same =
      diff.changes.length === 0 && findings.introduced.length === 0 && findings.fixed.length === 0;
    return same ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`diff: ${error.message}\n${DIFF_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof UnreadableInputError ||
      error instanceof UnwritableOutputError ||
      error instanceof ConfigImportError ||
      error instanceof NamingConventionsError
    ) {
      io.stderr(`diff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
