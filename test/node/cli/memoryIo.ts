import type { CliIo } from "../../../src/node/cli/CliIo";

/** A CliIo that records what a command writes, for in-process runs. */
export function memoryIo(
  stdin: string | (() => AsyncIterable<Uint8Array>) = "",
  colour = false,
  env: Readonly<Record<string, string | undefined>> = {},
) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => (out.stdout += text),
    stdoutPaced: (text) => {
      out.stdout += text;
      return Promise.resolve(true);
    },
    stderr: (text) => (out.stderr += text),
    stdin:
      typeof stdin === "string"
        ? async function* () {
            yield new TextEncoder().encode(stdin);
          }
        : stdin,
    env,
    colour,
  };
  return { io, out };
}
