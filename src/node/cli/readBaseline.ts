import type { FindingsBaseline } from "../../model/findings/FindingsBaseline";
import { parseFindingsBaseline } from "../../model/findings/parseFindingsBaseline";
import { decodeConfigText } from "../../model/import/decodeConfigText";
import { readFileBounded } from "./readInputs";

/**
 * The baseline file given with `--baseline`. Throws `UnreadableInputError` for a file that
 * cannot be read and `BaselineError` for one that is not a baseline: exit status 2.
 */
export async function readBaseline(path: string, maxBytes: number): Promise<FindingsBaseline> {
  const text = decodeConfigText(path, await readFileBounded(path, maxBytes));
  return parseFindingsBaseline(path, text);
}
