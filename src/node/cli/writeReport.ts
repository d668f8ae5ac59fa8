import { writeFile } from "node:fs/promises";
import type { CliIo } from "./CliIo";
import { UnwritableOutputError } from "./UnwritableOutputError";

const WHY: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such folder"],
  ["EISDIR", "is a directory"],
  ["EACCES", "permission denied"],
  ["EROFS", "read-only file system"],
  ["ENOSPC", "no space left"],
]);

/** A command's report: on standard output, or into the `--output` file when one is given. */
export async function writeReport(io: CliIo, output: string | null, text: string): Promise<void> {
  if (output === null || output === "-") {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(output, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    throw new UnwritableOutputError(
      `${output}: cannot write: ${WHY.get(code) ?? (error as Error).message}`,
    );
  }
}
