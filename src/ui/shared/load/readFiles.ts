import type { ConfigInput } from "../../../model/loadConfig";

/**
 * Files as bytes: the importers detect the encoding themselves (UTF-8 with or without BOM,
 * UTF-16), which `File.text()` would get wrong for UTF-16.
 */
export async function readFiles(files: Iterable<File>): Promise<ConfigInput[]> {
  return Promise.all(
    [...files].map(async (file) => ({
      path: file.name,
      content: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}
