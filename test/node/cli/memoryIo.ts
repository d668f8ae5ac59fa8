import type { CliIo } from "../../../src/node/cli/CliIo";

/** A CliIo that records what a command writes, for in-process runs. */
export function memoryIo(stdin = "", colour = false) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    readStdin: () => Promise.resolve(new TextEncoder().encode(stdin)),
    colour,
  };
  return { io, out };
}
