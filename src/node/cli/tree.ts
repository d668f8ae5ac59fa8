import type { LoadedFile } from "../../model/config/ConfigModel";
import { Hierarchy } from "../../model/hierarchy/Hierarchy";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { analyseInputs } from "../../model/pipeline/analyseInputs";
import type { CliIo } from "./CliIo";
import { describeLoadedFile } from "./describeLoadedFile";
import { formatTreeText } from "./formatTreeText";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { toTreeJson } from "./toTreeJson";
import { MAX_INPUT_SIZE_USAGE, maxInputSize } from "./maxInputSize";
import { oneOf, parseCliArgs, UsageError } from "./UsageError";
import { UnwritableOutputError } from "./UnwritableOutputError";
import { writeReport } from "./writeReport";

const TREE_USAGE = `usage: campaign-lens tree <file...> [options]
  <file...>                 configuration exports; - for standard input
  --format text|json        an indented tree (default), or JSON nodes {kind, name, statId, children}
  --output <file>           write the report to this file instead of standard output
${MAX_INPUT_SIZE_USAGE}`;

function parseTreeArgs(argv: readonly string[], env: CliIo["env"]) {
  const parsed = parseCliArgs({
    strict: true,
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "max-input-size": { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const { values, positionals } = parsed;
  const format = oneOf("--format", values.format, ["text", "json"] as const);
  if (!values.help && positionals.length === 0) {
    throw new UsageError("no input file given (use - to read standard input)");
  }
  const maxBytes = maxInputSize(values["max-input-size"], env);
  return { files: positionals, format, maxBytes, output: values.output ?? null, help: values.help };
}

function nothingToDraw(files: readonly LoadedFile[]): string {
  const lines = files.map(describeLoadedFile);
  return `${lines.join("\n")}\nNothing to draw: the files hold no tenant, campaign, group, person or place.\n`;
}

/** `campaign-lens tree <file...>`: the Stat Server campaign hierarchy of the files. */
export async function runTree(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseTreeArgs(argv, io.env);
    if (args.help) {
      io.stdout(`${TREE_USAGE}\n`);
      return 0;
    }
    const analysis = analyseInputs(await readInputs(args.files, io, args.maxBytes), {
      pivot: "campaign",
      settings: null,
    });
    const { model, hierarchy } = analysis;
    if (hierarchy.childCount(Hierarchy.ROOT) === 0) {
      // Said on stderr for JSON, whose output stays the (empty) tree a script expects.
      const why = nothingToDraw(model.files);
      if (args.format === "json") io.stderr(why);
      else {
        await writeReport(io, args.output, why);
        return 0;
      }
    }
    await writeReport(
      io,
      args.output,
      args.format === "json" ? toTreeJson(hierarchy) : formatTreeText(hierarchy),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tree: ${error.message}\n${TREE_USAGE}\n`);
      return 2;
    }
    if (
      error instanceof ConfigImportError ||
      error instanceof UnreadableInputError ||
      error instanceof UnwritableOutputError
    ) {
      io.stderr(`tree: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
