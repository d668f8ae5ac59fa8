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

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => process.stdin,
    env: process.env,
    colour: useColour(process.env, process.stdout.isTTY === true),
  };
}
