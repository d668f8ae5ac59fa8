import type { ConfigInput } from "../../../model/loadConfig";
import { analyseOffThread } from "../../worker/analyseOffThread";
import { LoadFailure } from "../../worker/LoadFailure";
import { describeLoadError } from "../../worker/LoadError";
import { loadModel, releaseModel } from "../../worker/loadModel";
import type { BeforeSnapshot } from "../../shared/review/reviewStore";

/**
 * Reads the "before" configuration the way the open one is read: in the Web Worker when it
 * is large, so the page stays responsive. The comparison needs its whole model, so the model
 * is fetched at once and the worker lets go of it. Rejects with one line saying which file
 * and where.
 */
export async function loadBeforeSnapshot(inputs: readonly ConfigInput[]): Promise<BeforeSnapshot> {
  if (inputs.length === 0) throw new Error("No file was chosen.");
  try {
    const analysis = await analyseOffThread(inputs, "campaign", undefined, () => undefined);
    try {
      const model = await loadModel(analysis);
      return { sources: analysis.sources, model, findings: analysis.findings };
    } finally {
      releaseModel(analysis);
    }
  } catch (error) {
    if (error instanceof LoadFailure) {
      throw new Error(describeLoadError(error.detail), { cause: error });
    }
    throw error;
  }
}
