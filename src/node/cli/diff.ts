import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { conventionRules } from "../../model/conventions/conventionRules";
import { NamingConventionsError } from "../../model/conventions/NamingConventionsError";
import { parseNamingConventions } from "../../model/conventions/parseNamingConventions";
import { diffFindings } from "../../model/diff/diffFindings";
import { diffModels } from "../../model/diff/diffModels";
import { formatDiffText } from "../../model/diff/formatDiffText";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { loadConfig } from "../../model/loadConfig";
import type { Rule } from "../../model/rules/Rule";
import { runRules } from "../../model/rules/runRules";
import { DIFF_USAGE, DiffUsageError, parseDiffArgs } from "./diffArgs";

export interface DiffIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A file that cannot be read at all (missing, a directory): said plainly, with its path. */
class UnreadableFile extends Error {}

async function readSide(paths: readonly string[]) {
  return Promise.all(
    paths.map(async (path) => {
      try {
        return { path, content: await readFile(path) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(error);
        throw new UnreadableFile(`${path}: cannot read: ${why}`);
      }
    }),
  );
}

/**
 * Compares two snapshots. Exit code: 0 when nothing differs, 1 when objects or findings
 * differ, 2 when the command line or an input cannot be used (as for `check`).
 */
export async function runDiff(argv: readonly string[], io: DiffIo): Promise<number> {
  try {
    const args = parseDiffArgs(argv);
    let rules: Rule[] = [];
    if (args.conventions !== null) {
      const [file] = await readSide([args.conventions]);
      rules = conventionRules(parseNamingConventions(file!.path, file!.content.toString("utf8")));
    }
    const before = loadConfig(await readSide(args.before));
    const after = loadConfig(await readSide(args.after));
    const diff = diffModels(before, after);
    const findings = diffFindings(
      runRules(before, {}, undefined, rules),
      runRules(after, {}, undefined, rules),
    );
    if (args.format === "json") {
      io.stdout(
        `${JSON.stringify({ before: args.before, after: args.after, ...diff, findings }, null, 2)}\n`,
      );
    } else {
      io.stdout(
        formatDiffText(diff, findings, {
          before: args.before.join(", "),
          after: args.after.join(", "),
        }),
      );
    }
    const same =
      diff.changes.length === 0 && findings.introduced.length === 0 && findings.fixed.length === 0;
    return same ? 0 : 1;
  } catch (error) {
    if (error instanceof DiffUsageError) {
      io.stderr(`diff: ${error.message}\n${DIFF_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof UnreadableFile ||
      error instanceof ConfigImportError ||
      error instanceof NamingConventionsError
    ) {
      io.stderr(`diff: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runDiff(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
