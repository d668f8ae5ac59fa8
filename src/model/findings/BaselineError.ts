/** A baseline file that cannot be used (not JSON, or not the shape `--write-baseline` writes). */
export class BaselineError extends Error {
  override readonly name = "BaselineError";
}
