import { pathToFileURL } from "node:url";
import type { LoadedFile } from "../../model/config/ConfigModel";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { ConfigImportError } from "../../model/import/ConfigImportError";
import { loadConfig } from "../../model/loadConfig";
import type { CliIo } from "./CliIo";
import { processIo } from "./CliIo";
import { describeLoadedFile } from "./describeLoadedFile";
import { formatTreeText } from "./formatTreeText";
import { readInputs } from "./readInputs";
import { UnreadableInputError } from "./UnreadableInputError";
import { toTreeJson } from "./toTreeJson";
import { MAX_INPUT_SIZE_USAGE, maxInputSize } from "./maxInputSize";
import { oneOf, parseCliArgs, UsageError } from "./UsageError";

export const TREE_USAGE = `usage: npm run -s tree -- <file...> [--format text|json] [--max-input-size <size>]
  <file...>                 configuration exports; - for standard input
  --format text|json        an indented tree (default), or JSON nodes {kind, name, statId, children}
${MAX_INPUT_SIZE_USAGE}`;

function parseTreeArgs(argv: readonly string[], env: CliIo["env"]) {
  const parsed = parseCliArgs({
    strict: true,
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "max-input-size": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const { values, positionals } = parsed;
  const format = oneOf("--format", values.format, ["text", "json"] as const);
  if (!values.help && positionals.length === 0) {
    throw new UsageError("no input file given (use - to read standard input)");
  }
  const maxBytes = maxInputSize(values["max-input-size"], env);
  return { files: positionals, format, maxBytes, help: values.help };
}

function nothingToDraw(files: readonly LoadedFile[]): string {
  const lines = files.map(describeLoadedFile);
  return `${lines.join("\n")}\nNothing to draw: the files hold no tenant, campaign, group, person or place.\n`;
}

/** `npm run -s tree -- <file...>`: the Stat Server campaign hierarchy of the files. */
export async function runTree(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseTreeArgs(argv, io.env);
    if (args.help) {
      io.stdout(`${TREE_USAGE}\n`);
      return 0;
    }
    const model = loadConfig(await readInputs(args.files, io, args.maxBytes));
    const root = buildHierarchy(model);
    if (root.children.length === 0) {
      // Said on stderr for JSON, whose output stays the (empty) tree a script expects.
      const why = nothingToDraw(model.files);
      if (args.format === "json") io.stderr(why);
      else {
        io.stdout(why);
        return 0;
      }
    }
    io.stdout(args.format === "json" ? toTreeJson(root) : formatTreeText(root));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tree: ${error.message}\n${TREE_USAGE}\n`);
      return 2;
    }
    if (error instanceof ConfigImportError || error instanceof UnreadableInputError) {
      io.stderr(`tree: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runTree(process.argv.slice(2), processIo());
}
