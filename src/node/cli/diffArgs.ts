import { MAX_INPUT_SIZE_USAGE, maxInputSize } from "./maxInputSize";
import { oneOf, UsageError } from "./UsageError";

const DIFF_FORMATS = ["text", "json"] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffArgs {
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly format: DiffFormat;
  readonly conventions: string | null;
  /** The most bytes read from one input. */
  readonly maxInputSize: number;
  /** Where the report goes; null for standard output. */
  readonly output: string | null;
  readonly help: boolean;
}

export const DIFF_USAGE = `usage: campaign-lens diff <before file...> -- <after file...> [options]
  --format text|json        output format (default text)
  --conventions <file>      house naming conventions (JSON) checked on both sides
  --output <file>           write the report to this file instead of standard output
${MAX_INPUT_SIZE_USAGE}
exit status: 0 nothing differs, 1 objects or findings differ, 2 unreadable input or bad usage`;

/**
 * `<before...> -- <after...>` plus options anywhere. `npm run diff --` gives its own `--` to
 * npm, so the one separating the snapshots is the one the command sees.
 */
export function parseDiffArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): DiffArgs {
  const sides: string[][] = [[]];
  let format: DiffFormat = "text";
  let conventions: string | null = null;
  let maxSizeFlag: string | undefined;
  let output: string | null = null;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next === "--") throw new UsageError(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === "--") sides.push([]);
    else if (arg === "--format") {
      format = oneOf("--format", value(), DIFF_FORMATS);
    } else if (arg === "--conventions") conventions = value();
    else if (arg === "--max-input-size") maxSizeFlag = value();
    else if (arg === "--output" || arg === "-o") output = value();
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else sides[sides.length - 1]!.push(arg);
  }
  const limit = maxInputSize(maxSizeFlag, env);
  if (help)
    return { before: [], after: [], format, conventions, maxInputSize: limit, output, help };
  if (sides.length !== 2) {
    throw new UsageError(
      sides.length === 1
        ? 'separate the before and after files with "--"'
        : `expected one "--" between the before and after files, got ${sides.length - 1}`,
    );
  }
  const [before, after] = sides as [string[], string[]];
  if (before.length === 0) throw new UsageError("no before file given");
  if (after.length === 0) throw new UsageError("no after file given");
  return { before, after, format, conventions, maxInputSize: limit, output, help };
}
