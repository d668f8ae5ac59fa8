import type { LoadError } from "./LoadError";

/** Thrown (rejected) when a configuration cannot be opened; carries the importer's location. */
export class LoadFailure extends Error {
  override readonly name = "LoadFailure";
  constructor(readonly detail: LoadError) {
    super(detail.reason);
  }
}
