import { ConfigImportError } from "./ConfigImportError";
import { LineIndex } from "./LineIndex";
import { locateJsonSyntaxError } from "./locateJsonSyntaxError";

/** `JSON.parse`, with a syntax error turned into `file:line:column: what is wrong`. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const located = locateJsonSyntaxError(text);
    if (located === undefined) {
      throw new ConfigImportError(error instanceof Error ? error.message : String(error), {
        file,
      });
    }
    throw new ConfigImportError(located.message, {
      file,
      ...new LineIndex(text).at(located.position),
    });
  }
}
