/**
 * A file that cannot be read (missing, a directory, no permission, or larger than the input
 * limit): the message names the file and why; exit status 2.
 */
export class UnreadableInputError extends Error {
  override readonly name = "UnreadableInputError";
}
