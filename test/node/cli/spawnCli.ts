import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  /** Variables added to the environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** A file (such as /dev/zero) to give as standard input instead of `input`. */
  readonly stdinFrom?: string;
}

const ROOT = resolve(__dirname, "../../..");

/** Runs a real command as `npm run` does (node with tsx), from the repository root. */
export function spawnCli(
  command: "check" | "tree" | "generate" | "diff",
  args: readonly string[],
  input?: string | Uint8Array,
  options: SpawnOptions = {},
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const stdin: "pipe" | number =
      options.stdinFrom === undefined ? "pipe" : openSync(options.stdinFrom, "r");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", `src/node/cli/${command}.ts`, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        stdio: [stdin, "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    // The child holds its own copy of a file given as standard input.
    if (typeof stdin === "number") closeSync(stdin);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin?.end(input ?? "");
  });
}

/** A mutagen sample, as a path relative to the repository root (the CLI's working directory). */
export const mutagenSample = (name: string): string =>
  `../shared/samples/mutagen/export-json/${name}`;
