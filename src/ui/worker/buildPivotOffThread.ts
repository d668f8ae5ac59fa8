import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../model/hierarchy/NodeKind";
import type { Analysis } from "./analyseConfig";
import { ModelUnavailable } from "./loadModel";
import { requestWorker } from "./requestWorker";
import { nextRequestId } from "./sharedWorker";

/** Whether building another pivot of this analysis happens off the main thread. */
export const pivotsOffThread = (analysis: Analysis): boolean => analysis.model === null;

/**
 * The hierarchy of an analysis under another pivot: built in the worker, which holds the
 * model, when the analysis came from there: building a pivot walks every object, and on a
 * large configuration the page would stop responding meanwhile. On this thread otherwise.
 */
export function buildPivotOffThread(analysis: Analysis, pivot: Pivot): Promise<Hierarchy> {
  if (analysis.model) return Promise.resolve(buildHierarchy(analysis.model, pivot));
  const { loadedAt } = analysis;
  return requestWorker({ id: nextRequestId(), type: "pivot", loadedAt, pivot }, (answer) => {
    if (answer.type !== "hierarchy") return undefined;
    if (!answer.columns) throw new ModelUnavailable();
    performance.mark("campaign-lens:pivot-from-worker");
    return new Hierarchy(answer.columns);
  });
}
