import { spawn } from "node:child_process";
import { resolve } from "node:path";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = resolve(__dirname, "../../..");

/** Runs a real command as `npm run` does (node with tsx), from the repository root. */
export function spawnCli(
  command: "check" | "tree" | "generate",
  args: readonly string[],
  input?: string | Uint8Array,
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", `src/node/cli/${command}.ts`, ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** A mutagen sample, as a path relative to the repository root (the CLI's working directory). */
export const mutagenSample = (name: string): string =>
  `../shared/samples/mutagen/export-json/${name}`;
