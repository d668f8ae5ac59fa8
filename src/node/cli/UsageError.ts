import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command line that cannot be understood: the message says what is wrong; exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** node:util parseArgs throws plain TypeErrors with an ERR_PARSE_ARGS_* code on bad input. */
function isParseArgsError(error: unknown): error is TypeError {
  if (!(error instanceof TypeError)) return false;
  const code: unknown = (error as unknown as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/**
 * node:util parseArgs, with its own errors (unknown flag, missing value) turned
 * into a UsageError, so every command reports bad flags the same way and exits 2.
 */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
}

/** `value` when it is one of `allowed`; a usage error naming `flag` and the choices otherwise. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
}
