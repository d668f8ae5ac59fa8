import { ConfigImportError } from "../../model/import/ConfigImportError";
import type { ConfigInput } from "../../model/loadConfig";

/**
 * A configuration to open, as the page has it: text or bytes, or a file not read yet (a
 * `File` is a `Blob`), which is read where it is analysed: a large file by the worker, so its
 * bytes are not read by the page and copied into the worker.
 */
export interface OpenInput {
  readonly path: string;
  readonly content: string | Uint8Array | Blob;
}

/** The size of the inputs in bytes (a string's in UTF-16 code units), read or not. */
export function sizeOfInputs(inputs: readonly OpenInput[]): number {
  let size = 0;
  for (const { content } of inputs) {
    size +=
      typeof content === "string"
        ? content.length
        : "size" in content
          ? content.size
          : content.byteLength;
  }
  return size;
}

/**
 * The input with its file read into bytes, for the analysis. Throws `ConfigImportError`
 * naming a file that cannot be read (removed, or changed since it was chosen).
 */
export async function readOpenInput({ path, content }: OpenInput): Promise<ConfigInput> {
  if (typeof content === "string" || content instanceof Uint8Array) return { path, content };
  try {
    // The importers detect the encoding themselves (UTF-8 with or without BOM, UTF-16),
    // which `Blob.text()` would get wrong for UTF-16.
    return { path, content: new Uint8Array(await content.arrayBuffer()) };
  } catch (error) {
    const why = error instanceof Error && error.message ? `: ${error.message}` : "";
    throw new ConfigImportError(`the file could not be read${why}`, { file: path });
  }
}

/** Every input read (`readOpenInput`), for an analysis on the page. */
export function readOpenInputs(inputs: readonly OpenInput[]): Promise<ConfigInput[]> {
  return Promise.all(inputs.map(readOpenInput));
}
