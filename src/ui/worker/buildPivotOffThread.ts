import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import type { HierarchyNode, Pivot } from "../../model/hierarchy/HierarchyNode";
import type { Analysis } from "./analyseConfig";
import { LoadFailure } from "./LoadFailure";
import { ModelUnavailable } from "./loadModel";
import { unpackHierarchy } from "./PackedHierarchy";
import { askWorker, nextRequestId } from "./sharedWorker";

/** Whether building another pivot of this analysis happens off the main thread. */
export const pivotsOffThread = (analysis: Analysis): boolean => analysis.model === null;

/**
 * The hierarchy of an analysis under another pivot: built in the worker, which holds the
 * model, when the analysis came from there, so the page stays responsive on a large
 * configuration (about a second at 100k objects); on this thread otherwise.
 */
export function buildPivotOffThread(analysis: Analysis, pivot: Pivot): Promise<HierarchyNode> {
  if (analysis.model) return Promise.resolve(buildHierarchy(analysis.model, pivot));
  return new Promise((resolve, reject) => {
    const { loadedAt } = analysis;
    askWorker({ id: nextRequestId(), type: "pivot", loadedAt, pivot }, (message) => {
      if (message.type === "hierarchy") {
        if (message.packed) {
          performance.mark("campaign-lens:pivot-from-worker");
          resolve(unpackHierarchy(message.packed));
        } else reject(new ModelUnavailable());
        return true;
      }
      if (message.type === "error") {
        reject(new LoadFailure(message.error));
        return true;
      }
      return false;
    });
  });
}
