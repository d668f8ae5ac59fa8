import { formatByteSize } from "../../model/import/formatByteSize";
import { MAX_INPUT_SIZE_ENV } from "./maxInputSize";
import { UnreadableInputError } from "./UnreadableInputError";

/** The error for an input past the limit, saying how to raise it. */
export function inputTooLarge(path: string, maxBytes: number, size?: number): UnreadableInputError {
  const what = size === undefined ? "more than" : `${formatByteSize(size)}, more than`;
  return new UnreadableInputError(
    `${path}: ${what} the input limit of ${formatByteSize(maxBytes)} ` +
      `(--max-input-size or ${MAX_INPUT_SIZE_ENV} raises it)`,
  );
}

/**
 * All the bytes of a stream, refusing it as soon as it passes `maxBytes`: a device such as
 * /dev/zero or a pipe that never closes would otherwise fill memory. Leaving the loop early
 * destroys the stream, so nothing more is read.
 */
export async function readBounded(
  path: string,
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw inputTooLarge(path, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}
