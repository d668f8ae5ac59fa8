import { SEVERITIES } from "../../model/findings/Finding";
import type { RuleLevel, RuleSettings, Severity } from "../../model/findings/Finding";
import { findRule } from "../../model/rules/ruleRegistry";
import { CONFIG_KINDS } from "../../model/config/kinds";
import { MAX_INPUT_SIZE_USAGE, maxInputSize } from "./maxInputSize";
import { oneOf, UsageError, parseCliArgs } from "./UsageError";

export const CHECK_FORMATS = ["text", "json", "sarif"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type FailOn = Severity | "never";

interface CheckArgs {
  readonly files: readonly string[];
  readonly format: CheckFormat;
  readonly failOn: FailOn;
  readonly rules: RuleSettings;
  /** A house naming conventions file (`convention/<kind>` rules), or null. */
  readonly conventions: string | null;
  /** The most bytes read from one input. */
  readonly maxInputSize: number;
  /** Where the report goes; null for standard output. */
  readonly output: string | null;
  /** The folder SARIF paths are relative to (`%SRCROOT%`). */
  readonly srcroot: string;
  /** Report and fail only on findings this baseline file does not hold. */
  readonly baseline: string | null;
  /** Record today's findings in this file. */
  readonly writeBaseline: string | null;
  readonly help: boolean;
}

export const CHECK_USAGE = `usage: campaign-lens check <file...> [options]
  <file...>                 configuration exports (mutagen JSON or RAW, Configuration Server XML); - for standard input
  --format text|json|sarif  output format (default text)
  --fail-on error|warning|info|never
                            exit 1 when a finding reaches this severity (default error)
  --rule <id>=off|error|warning|info
                            turn a rule off or change its severity (repeatable)
  --conventions <file>      house naming conventions (JSON): findings convention/<kind>
  --output <file>           write the report to this file instead of standard output
  --baseline <file>         report and fail only on findings not in this baseline; say how many of
                            its entries are fixed
  --write-baseline <file>   record today's findings (rule and object, not line) as the baseline; exit 0
  --srcroot <dir>           SARIF: paths inside it are relative to %SRCROOT% (default: the current folder)
${MAX_INPUT_SIZE_USAGE}
exit status: 0 nothing at the fail-on level, 1 something, 2 unreadable input or bad usage`;

const LEVELS: readonly RuleLevel[] = [...SEVERITIES, "off"];

/** `convention/<kind>` rules come from a --conventions file; any kind of object may have one. */
function isConventionRuleId(id: string): boolean {
  return (CONFIG_KINDS as readonly string[]).some((kind) => id === `convention/${kind}`);
}

function parseRule(setting: string): [string, RuleLevel] {
  const at = setting.lastIndexOf("=");
  if (at <= 0) {
    throw new UsageError(`--rule expects <id>=off|error|warning|info, got "${setting}"`);
  }
  const id = setting.slice(0, at);
  if (!findRule(id) && !isConventionRuleId(id))
    throw new UsageError(`--rule: unknown rule "${id}"`);
  return [id, oneOf(`--rule ${id}`, setting.slice(at + 1), LEVELS)];
}

export function parseCheckArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CheckArgs {
  const parsed = parseCliArgs({
    strict: true,
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string", default: "error" },
      rule: { type: "string", multiple: true, default: [] },
      conventions: { type: "string" },
      "max-input-size": { type: "string" },
      output: { type: "string", short: "o" },
      srcroot: { type: "string", default: "." },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const { values, positionals } = parsed;
  const rules: Record<string, RuleLevel> = {};
  for (const setting of values.rule) {
    const [id, level] = parseRule(setting);
    rules[id] = level;
  }
  const args: CheckArgs = {
    files: positionals,
    format: oneOf("--format", values.format, CHECK_FORMATS),
    failOn: oneOf("--fail-on", values["fail-on"], [...SEVERITIES, "never"] as const),
    rules,
    conventions: values.conventions ?? null,
    maxInputSize: maxInputSize(values["max-input-size"], env),
    output: values.output ?? null,
    srcroot: values.srcroot,
    baseline: values.baseline ?? null,
    writeBaseline: values["write-baseline"] ?? null,
    help: values.help,
  };
  if (args.baseline !== null && args.writeBaseline !== null) {
    throw new UsageError("--baseline and --write-baseline cannot be used together");
  }
  if (!args.help && args.files.length === 0) {
    throw new UsageError("no input file given (use - to read standard input)");
  }
  return args;
}
