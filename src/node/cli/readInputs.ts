import { readFile } from "node:fs/promises";
import type { ConfigInput } from "../../model/loadConfig";
import type { CliIo } from "./CliIo";

/** A file that cannot be read at all (missing, a directory, no permission): exit status 2. */
export class UnreadableInputError extends Error {
  override readonly name = "UnreadableInputError";
}

const WHY: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  EACCES: "permission denied",
};

/** Reads each named file as bytes (the importers detect the encoding); `-` is standard input. */
export async function readInputs(paths: readonly string[], io: CliIo): Promise<ConfigInput[]> {
  if (paths.filter((p) => p === "-").length > 1) {
    throw new UnreadableInputError("-: standard input can be read only once");
  }
  return Promise.all(
    paths.map(async (path) => {
      if (path === "-") return { path, content: await io.readStdin() };
      try {
        return { path, content: await readFile(path) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "";
        throw new UnreadableInputError(`${path}: cannot read: ${WHY[code] ?? String(error)}`);
      }
    }),
  );
}
