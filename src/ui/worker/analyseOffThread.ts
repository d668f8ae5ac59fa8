import type { RuleSettings } from "../../model/findings/Finding";
import { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../model/hierarchy/NodeKind";
import type { Analysis, AnalysisProgress } from "./analyseConfig";
import { LoadFailure } from "./LoadFailure";
import { toLoadError } from "./LoadError";
import { requestWorker } from "./requestWorker";
import { readOpenInputs, sizeOfInputs, type OpenInput } from "./OpenInput";
import { nextRequestId, tellWorker } from "./sharedWorker";
import { markWorkerTimeline } from "./workerTimeline";

/**
 * Inputs smaller than this are analysed on the main thread: starting a worker costs more than it
 * saves, and the page cannot visibly freeze on a small file.
 */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/**
 * Parse, resolve and check a configuration, in a Web Worker when the input is large so the
 * page stays responsive, reporting progress; a worker reads the files itself. Rejects with
 * `LoadFailure`. A worker's analysis comes without its model (`model` is null): the worker
 * keeps it until `releaseModel`, and `loadModel` fetches it. A worker's analysis is also given
 * to `onPreliminary` as soon as its hierarchy arrives, with no findings yet and `checking`
 * set; the analysis the promise settles with has the same `loadedAt`. The worker holds its
 * rules until `onPreliminary` calls `shown` (the page has drawn the hierarchy) or a while has
 * passed, so the two do not share the cores on the way to the first paint.
 */
export function analyseOffThread(
  inputs: readonly OpenInput[],
  pivot: Pivot,
  settings: RuleSettings | undefined,
  onProgress: (progress: AnalysisProgress) => void,
  onPreliminary?: (analysis: Analysis, shown: () => void) => void,
): Promise<Analysis> {
  if (sizeOfInputs(inputs) < WORKER_THRESHOLD_BYTES || typeof Worker === "undefined") {
    // The importers, rules and schemas load with the first file opened, not with the page:
    // the worker has its own copy for large files.
    return Promise.all([import("./analyseConfig"), readOpenInputs(inputs)]).then(
      ([{ analyseConfig }, read]) => {
        performance.mark("campaign-lens:file-read");
        try {
          return analyseConfig(read, pivot, settings, onProgress);
        } catch (error) {
          throw new LoadFailure(toLoadError(error));
        }
      },
      (error: unknown) => {
        throw new LoadFailure(toLoadError(error));
      },
    );
  }
  let hierarchy: Hierarchy | null = null;
  const request = { id: nextRequestId(), type: "analyse", inputs, pivot, settings } as const;
  return requestWorker<Analysis>(request, (answer) => {
    switch (answer.type) {
      case "progress":
        onProgress(answer.progress);
        return undefined;
      case "hierarchy":
        // The two ends of the hand-over as the browser benchmark measures it: the columns
        // arrived, and the page's hierarchy over them is ready to draw.
        performance.mark("campaign-lens:hierarchy-received");
        hierarchy = new Hierarchy(answer.columns!);
        performance.mark("campaign-lens:hierarchy-prepared");
        if (answer.start) {
          const shown = () => tellWorker({ id: request.id, type: "shown" });
          if (!onPreliminary) shown();
          else {
            const { loadedAt, sources, pivot: built } = answer.start;
            onPreliminary(
              {
                model: null,
                hierarchy,
                findings: [],
                pivot: built,
                sources,
                loadedAt,
                checking: true,
              },
              shown,
            );
          }
        }
        return undefined;
      case "done": {
        performance.mark("campaign-lens:analysis-received");
        const { findings, pivot: built, sources, loadedAt, timeline } = answer;
        markWorkerTimeline(timeline);
        return { model: null, hierarchy: hierarchy!, findings, pivot: built, sources, loadedAt };
      }
      default:
        return undefined;
    }
  });
}
