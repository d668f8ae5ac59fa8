import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";

interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface SpawnOptions {
  /** Variables added to the environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** A file (such as /dev/zero) to give as standard input instead of `input`. */
  readonly stdinFrom?: string;
  /** The working directory (the repository root unless given). */
  readonly cwd?: string;
  /** Closes the command's standard output after its first chunk, as `| head` does. */
  readonly stopReadingEarly?: boolean;
}

const ROOT = resolve(__dirname, "../../..");

/** The built command, as the package's bin names it. */
const CAMPAIGN_LENS = resolve(ROOT, "dist-cli/campaign-lens.js");

/**
 * This process's environment without what npm sets for its scripts: run by `npm test`, the
 * command would otherwise take INIT_CWD as the user's folder (see userCwd).
 */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.INIT_CWD;
  delete env.npm_package_json;
  return env;
}

/** Runs the built `campaign-lens` command (test/buildCli.globalSetup.ts builds it), from the repository root. */
export function spawnCli(
  command: "check" | "tree" | "generate" | "diff" | "probe" | "serve",
  args: readonly string[],
  input?: string | Uint8Array,
  options: SpawnOptions = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const stdin: "pipe" | number =
      options.stdinFrom === undefined ? "pipe" : openSync(options.stdinFrom, "r");
    const child = spawn(process.execPath, [CAMPAIGN_LENS, command, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...userEnv(), NO_COLOR: "1", ...options.env },
      stdio: [stdin, "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    // The child holds its own copy of a file given as standard input.
    if (typeof stdin === "number") closeSync(stdin);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    if (options.stopReadingEarly) child.stdout?.once("data", () => child.stdout?.destroy());
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin?.end(input ?? "");
  });
}

/** A mutagen sample, as a path relative to the repository root (the CLI's working directory). */
export const mutagenSample = (name: string): string =>
  `../shared/samples/mutagen/export-json/${name}`;
