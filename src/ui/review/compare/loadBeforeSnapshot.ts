import type { ConfigInput } from "../../../model/loadConfig";
import { analyseOffThread, LoadFailure } from "../../worker/analyseOffThread";
import { describeLoadError } from "../../worker/LoadError";
import type { BeforeSnapshot } from "../reviewStore";

/**
 * Reads the "before" configuration the way the open one is read: in the Web Worker when it
 * is large, so the page stays responsive. Rejects with one line saying which file and where.
 */
export async function loadBeforeSnapshot(inputs: readonly ConfigInput[]): Promise<BeforeSnapshot> {
  if (inputs.length === 0) throw new Error("No file was chosen.");
  try {
    const analysis = await analyseOffThread(inputs, "campaign", undefined, () => undefined);
    return { sources: analysis.sources, model: analysis.model, findings: analysis.findings };
  } catch (error) {
    if (error instanceof LoadFailure) {
      throw new Error(describeLoadError(error.detail), { cause: error });
    }
    throw error;
  }
}
