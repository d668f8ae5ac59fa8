import {
  statisticsApiArgs,
  StatisticsApiArgsError,
  type StatisticsApiArgs,
} from "../server/statisticsApi/statisticsApiArgs";
import { CHECK_FORMATS, type CheckFormat } from "./checkArgs";
import { MAX_INPUT_SIZE_USAGE, maxInputSize } from "./maxInputSize";
import { oneOf, parseCliArgs, UsageError } from "./UsageError";

interface ProbeArgs {
  readonly files: readonly string[];
  readonly format: CheckFormat;
  /** Null only with --help. */
  readonly api: StatisticsApiArgs | null;
  readonly help: boolean;
  /** Where the report goes; null for standard output. */
  readonly output: string | null;
  readonly maxBytes: number;
}

export const PROBE_USAGE = `usage: campaign-lens probe <file...> --statistics-api <url> [options]
  <file...>                 configuration exports (mutagen JSON or RAW, Configuration Server XML); - for standard input
  --statistics-api <url>    the Genesys Statistics API's base URL (…/statistics/v3)
  --api-key <key>           its x-api-key (STATISTICS_API_KEY); optional
  --token-url <url>         OAuth 2 client credentials (STATISTICS_API_CLIENT_ID/_SECRET); without it,
                            STATISTICS_API_TOKEN is sent as the bearer token if set; optional
  --statistics-mapping <file>
                            which Stat Server statistic to read per object type (default: the shipped mapping)
  --format text|json|sarif  output format (default text)
  --output <file>           write the report to this file instead of standard output
${MAX_INPUT_SIZE_USAGE}
Reads current values once (get-statistic-ex): no subscription is left open.
exit status: 0 Stat Server knows every id asked, 1 it refused one, 2 bad usage, unreadable input or unreachable API`;

export function parseProbeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ProbeArgs {
  const { values, positionals } = parseCliArgs({
    strict: true,
    args: [...argv],
    allowPositionals: true,
    options: {
      "statistics-api": { type: "string" },
      "api-key": { type: "string" },
      "token-url": { type: "string" },
      "statistics-mapping": { type: "string" },
      format: { type: "string", default: "text" },
      "max-input-size": { type: "string" },
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const format = oneOf("--format", values.format, CHECK_FORMATS);
  const maxBytes = maxInputSize(values["max-input-size"], env);
  const output = values.output ?? null;
  if (values.help) return { files: [], format, api: null, help: true, maxBytes, output };
  if (positionals.length === 0)
    throw new UsageError("no input file given (use - to read standard input)");
  if (values["statistics-api"] === undefined)
    throw new UsageError("--statistics-api <url> is required");
  let api: StatisticsApiArgs | null;
  try {
    api = statisticsApiArgs(values, env);
  } catch (error) {
    if (error instanceof StatisticsApiArgsError) throw new UsageError(error.message);
    throw error;
  }
  return { files: positionals, format, api, help: false, maxBytes, output };
}
