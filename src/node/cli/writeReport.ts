import { open } from "node:fs/promises";
import type { CliIo } from "./CliIo";
import { UnwritableOutputError } from "./UnwritableOutputError";

const WHY: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such folder"],
  ["EISDIR", "is a directory"],
  ["EACCES", "permission denied"],
  ["EROFS", "read-only file system"],
  ["ENOSPC", "no space left"],
]);

/**
 * How many characters of a report made in parts (a tree of a million objects, line by line) are
 * gathered before they are written: the report is written as it is made, not held whole, and
 * not one small write per line either.
 */
const REPORT_CHUNK = 1 << 16;

/** `parts` gathered into strings of about `REPORT_CHUNK` characters. */
function* gathered(parts: Iterable<string>): Generator<string> {
  let out = "";
  for (const part of parts) {
    out += part;
    if (out.length >= REPORT_CHUNK) {
      yield out;
      out = "";
    }
  }
  if (out !== "") yield out;
}

/**
 * A command's report, whole or in parts: on standard output, or into the `--output` file when
 * one is given. A report in parts is made only as far as it is read: once standard output's
 * reader is gone (`| head`), the parts not yet made never are.
 */
export async function writeReport(
  io: CliIo,
  output: string | null,
  report: string | Iterable<string>,
): Promise<void> {
  const parts = typeof report === "string" ? [report] : gathered(report);
  if (output === null || output === "-") {
    for (const part of parts) if (!(await io.stdoutPaced(part))) return;
    return;
  }
  // Only the file's own failures are said to be the output's; a report that fails to be made
  // throws as it would have.
  const unwritable = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UnwritableOutputError(
      `${output}: cannot write: ${WHY.get(code) ?? (error as Error).message}`,
    );
  };
  const file = await open(output, "w").catch(unwritable);
  try {
    for (const part of parts) await file.write(part).catch(unwritable);
  } finally {
    await file.close();
  }
}
