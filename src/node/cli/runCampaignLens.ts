import type { CliIo } from "./CliIo";
import { printableName } from "./printableName";
import { TOOL_VERSION } from "./toolVersion";

type Run = (argv: readonly string[], io: CliIo) => Promise<number | null>;

interface Command {
  readonly summary: string;
  /** Loaded on use, so that a command does not pay for the others' start-up (the server's). */
  readonly load: () => Promise<Run>;
}

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [
    "check",
    {
      summary: "flag badly named campaign objects in configuration exports",
      load: async () => (await import("./check")).runCheck,
    },
  ],
  [
    "tree",
    {
      summary: "print the Stat Server campaign hierarchy of configuration exports",
      load: async () => (await import("./tree")).runTree,
    },
  ],
  [
    "diff",
    {
      summary: "compare two snapshots object by object, and their findings",
      load: async () => (await import("./diff")).runDiff,
    },
  ],
  [
    "generate",
    {
      summary: "write a realistic configuration (with planted defects) for tests and demos",
      load: async () => (await import("./generate")).runGenerate,
    },
  ],
  [
    "probe",
    {
      summary: "ask Stat Server, through the Statistics API, whether it knows each object",
      load: async () => (await import("./probe")).runProbe,
    },
  ],
  [
    "read-tokens",
    {
      summary: "issue, revoke and list the read tokens wall screens sign in with",
      load: async () => (await import("./readTokens")).runReadTokens,
    },
  ],
  [
    "serve",
    {
      summary: "the app with live or simulated statistics (the statistics server)",
      load: async () => (await import("./serve")).runServe,
    },
  ],
]);

const CAMPAIGN_LENS_USAGE = `usage: campaign-lens <command> [options]

commands:
${[...COMMANDS].map(([name, command]) => `  ${name.padEnd(13)}${command.summary}`).join("\n")}

campaign-lens <command> --help   a command's options
campaign-lens --version          the version`;

/**
 * `campaign-lens <command> ...`: runs one subcommand and gives its exit status, or null for
 * `serve`, which runs until stopped. Bad usage exits 2, as each command does.
 */
export async function runCampaignLens(argv: readonly string[], io: CliIo): Promise<number | null> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic !== undefined && COMMANDS.has(topic)) {
      return runCampaignLens([topic, "--help"], io);
    }
    (name === undefined ? io.stderr : io.stdout)(`${CAMPAIGN_LENS_USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) {
    io.stderr(`campaign-lens: unknown command "${printableName(name)}"\n${CAMPAIGN_LENS_USAGE}\n`);
    return 2;
  }
  const run = await command.load();
  return run(rest, io);
}
