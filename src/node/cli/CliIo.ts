import { useColour } from "./useColour";

/** What a command touches of the process, so tests can run it in-process as well as spawned. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /**
   * Writes a part of a report to standard output and waits until it is taken, so that a large
   * report is made at the reader's pace and never queued whole; false once the reader is gone
   * (a closed pipe), when the rest of the report is not wanted and need not be made.
   */
  readonly stdoutPaced: (text: string) => Promise<boolean>;
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
 * trace. The rest of the output is not wanted then: it is dropped without a word (the reader
 * chose to stop; nothing went wrong), a report written with `stdoutPaced` stops being made, and
 * the command ends with the exit status its work gave.
 *
 * That status, rather than the 141 of a process killed by SIGPIPE as `yes | head` leaves it:
 * `check`'s verdict is reached before any of its report is written, so it is still true, and a
 * script reads it from PIPESTATUS; and under `set -o pipefail` a `check clean.json | head`
 * would otherwise fail a CI step for a clean configuration. Any other write error is thrown.
 */
function dropWritesToClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
  });
}

/**
 * Each write waits for the stream's callback: on a pipe whose reader is behind, Node would
 * otherwise queue every further write in memory, and a report to a closed pipe would be made
 * to the end before its first failed write was heard of.
 */
function pacedWriter(stream: NodeJS.WriteStream): (text: string) => Promise<boolean> {
  let gone = false;
  return (text) =>
    new Promise((resolve) => {
      if (gone || stream.destroyed) resolve(false);
      else
        stream.write(text, (error) => {
          if (error !== null && error !== undefined) gone = true;
          resolve(!gone);
        });
    });
}

export function processIo(): CliIo {
  dropWritesToClosedPipe(process.stdout);
  dropWritesToClosedPipe(process.stderr);
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutPaced: pacedWriter(process.stdout),
    stderr: (text) => process.stderr.write(text),
    stdin: () => process.stdin,
    env: process.env,
    colour: useColour(process.env, process.stdout.isTTY === true),
  };
}
