import { useColour } from "./useColour";

/** What a command touches of the process, so tests can run it in-process as well as spawned. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input (for the `-` file), chunk by chunk, so a reader can stop at a limit. */
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** The environment variables a command reads (the input size limit). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is coloured (see useColour). */
  readonly colour: boolean;
}

/**
 * A reader that stops early (`campaign-lens check … | head`) closes the pipe, and what is
 * written after that fails with EPIPE, which Node would raise as an uncaught error with a stack
 * trace. The rest of the output is not wanted then: it is dropped, and the command ends as it
 * would have, with its own exit status. Any other write error is still thrown.
 */
function dropWritesToClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
}

export function processIo(): CliIo {
  dropWritesToClosedPipe(process.stdout);
  dropWritesToClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => process.stdin,
    env: process.env,
    colour: useColour(process.env, process.stdout.isTTY === true),
  };
}
