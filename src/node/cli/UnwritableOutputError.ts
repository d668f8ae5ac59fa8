/** A report that cannot be written where `--output` says: the message names the file; exit status 2. */
export class UnwritableOutputError extends Error {
  override readonly name = "UnwritableOutputError";
}
