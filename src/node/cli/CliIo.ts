/** What a command touches of the process, so tests can run it in-process as well as spawned. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for the `-` file). */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Colours are for a person at a terminal, never for a pipe or a file. */
  readonly colour: boolean;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    colour: process.stdout.isTTY === true && !("NO_COLOR" in process.env),
  };
}
