import { open } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import type { ConfigInput } from "../../model/loadConfig";
import type { CliIo } from "./CliIo";
import { inputTooLarge, readBounded } from "./readBounded";
import { UnreadableInputError } from "./UnreadableInputError";

const WHY: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such file"],
  ["EISDIR", "is a directory"],
  ["EACCES", "permission denied"],
]);

function cannotRead(path: string, error: unknown): UnreadableInputError {
  if (error instanceof UnreadableInputError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? "";
  return new UnreadableInputError(`${path}: cannot read: ${WHY.get(code) ?? String(error)}`);
}

/**
 * All of a regular file of `size` bytes, or undefined when it holds more than `size` by now
 * (it grows while being read).
 */
async function readWhole(handle: FileHandle, size: number): Promise<Uint8Array | undefined> {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
    if (bytesRead === 0) return bytes.subarray(0, filled);
    filled += bytesRead;
  }
  const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, size);
  return bytesRead === 0 ? bytes : undefined;
}

/**
 * The bytes of one file, at most `maxBytes` of them. A regular file's size is known before
 * reading, so a large one is refused at once with its size; a device or a pipe is read in
 * chunks until it ends or passes the limit.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UnreadableInputError(`${path}: cannot read: is a directory`);
    if (info.isFile() && info.size > maxBytes) throw inputTooLarge(path, maxBytes, info.size);
    if (info.isFile()) {
      // Read into one buffer of the size the file has, not in chunks joined afterwards (a
      // copy of the whole file); a file that grew meanwhile is read on in chunks.
      const whole = await readWhole(handle, info.size);
      if (whole !== undefined) return whole;
    }
    const stream = handle.createReadStream({
      autoClose: false,
      highWaterMark: 1024 * 1024,
      start: 0,
    });
    return await readBounded(path, stream, maxBytes);
  } catch (error) {
    throw cannotRead(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * Reads each named file as bytes (the importers detect the encoding); `-` is standard input.
 * Each input may hold at most `maxBytes`.
 */
export async function readInputs(
  paths: readonly string[],
  io: CliIo,
  maxBytes: number,
): Promise<ConfigInput[]> {
  if (paths.filter((p) => p === "-").length > 1) {
    throw new UnreadableInputError("-: standard input can be read only once");
  }
  return Promise.all(
    paths.map(async (path) => ({
      path,
      content:
        path === "-"
          ? await readBounded(path, io.stdin(), maxBytes)
          : await readFileBounded(path, maxBytes),
    })),
  );
}
