/**
 * The server's own lines on standard output and standard error. Writing them must never end
 * the process: a full disk, a closed pipe or `> /dev/full` makes the stream emit an error that,
 * unhandled, would stop every stream and feeder with it. Failures are counted instead, and the
 * first one is reported on the other stream if that one still works.
 */
export class ServerOutput {
  failures = 0;
  readonly #out: NodeJS.WritableStream;
  readonly #err: NodeJS.WritableStream;

  constructor(
    out: NodeJS.WritableStream = process.stdout,
    err: NodeJS.WritableStream = process.stderr,
  ) {
    this.#out = out;
    this.#err = err;
    out.on("error", (error: Error) => this.#failed(error, "standard output"));
    if (err !== out) err.on("error", (error: Error) => this.#failed(error, "standard error"));
  }

  line(text: string): void {
    this.#write(this.#out, text);
  }

  error(text: string): void {
    this.#write(this.#err, text);
  }

  #write(stream: NodeJS.WritableStream, text: string): void {
    try {
      stream.write(`${text}\n`);
    } catch (error) {
      this.#failed(error as Error, stream === this.#out ? "standard output" : "standard error");
    }
  }

  #failed(error: Error, where: string): void {
    this.failures += 1;
    if (this.failures > 1) return;
    const other = where === "standard output" ? this.#err : this.#out;
    try {
      other.write(
        `campaign-lens: cannot write to ${where} (${error.message}); the server goes on without it\n`,
      );
    } catch {
      // Neither stream works: nothing left to tell.
    }
  }
}
