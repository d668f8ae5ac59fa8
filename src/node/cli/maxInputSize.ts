import { constants } from "node:buffer";
import { formatByteSize } from "../../model/import/formatByteSize";
import { parseByteSize } from "./parseByteSize";
import { UsageError } from "./UsageError";

/**
 * How much one input may hold unless told otherwise. A 1,000,000-object mutagen JSON export
 * (the most `generate` writes) is about 240 MiB, and a larger text could not be held as one
 * string in any case; an endless input (a device, a pipe that never closes) stops here.
 */
const DEFAULT_MAX_INPUT_SIZE = 256 * 1024 ** 2;

/** The environment variable that sets the limit when the flag is absent. */
export const MAX_INPUT_SIZE_ENV = "LENS_MAX_INPUT_SIZE";

export const MAX_INPUT_SIZE_USAGE = `  --max-input-size <size>   read at most this much of each input, in bytes or with a unit
                            (KB, MB, GB, KiB, MiB, GiB); default 256MiB, or ${MAX_INPUT_SIZE_ENV}`;

/** The per-input size limit: the flag, else the environment variable, else the default. */
export function maxInputSize(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): number {
  const fromEnv = env[MAX_INPUT_SIZE_ENV];
  const [source, text] =
    flag !== undefined
      ? ["--max-input-size", flag]
      : fromEnv !== undefined && fromEnv !== ""
        ? [MAX_INPUT_SIZE_ENV, fromEnv]
        : [null, null];
  if (source === null) return DEFAULT_MAX_INPUT_SIZE;
  const bytes = parseByteSize(text);
  if (bytes === undefined) {
    throw new UsageError(`${source} must be a size such as 512MiB or 1000000, got "${text}"`);
  }
  if (bytes > constants.MAX_LENGTH) {
    throw new UsageError(
      `${source} must be at most ${formatByteSize(constants.MAX_LENGTH)}, got "${text}"`,
    );
  }
  return bytes;
}
