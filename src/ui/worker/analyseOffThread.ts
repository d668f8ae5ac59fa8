import type { RuleSettings } from "../../model/findings/Finding";
import type { Pivot } from "../../model/hierarchy/HierarchyNode";
import type { ConfigInput } from "../../model/loadConfig";
import { analyseConfig, type Analysis, type AnalysisProgress } from "./analyseConfig";
import { toLoadError, type LoadError } from "./LoadError";
import type { AnalyseRequest, AnalyseResponse } from "./workerProtocol";
import { markWorkerTimeline } from "./workerTimeline";

/**
 * Inputs smaller than this are analysed on the main thread: starting a worker and cloning the
 * model back costs more than it saves, and the page cannot visibly freeze on a small file.
 */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

/** Thrown (rejected) when a configuration cannot be opened; carries the importer's location. */
export class LoadFailure extends Error {
  override readonly name = "LoadFailure";
  constructor(readonly detail: LoadError) {
    super(detail.reason);
  }
}

const sizeOf = (inputs: readonly ConfigInput[]) =>
  inputs.reduce(
    (sum, input) =>
      sum + (typeof input.content === "string" ? input.content.length : input.content.byteLength),
    0,
  );

let worker: Worker | null = null;
let nextId = 1;

function sharedWorker(): Worker {
  worker ??= new Worker(new URL("./analyse.worker.ts", import.meta.url), { type: "module" });
  return worker;
}

/**
 * Parse, resolve and check a configuration, in a Web Worker when the input is large so the
 * page stays responsive, reporting progress. Rejects with `LoadFailure`.
 */
export function analyseOffThread(
  inputs: readonly ConfigInput[],
  pivot: Pivot,
  settings: RuleSettings | undefined,
  onProgress: (progress: AnalysisProgress) => void,
): Promise<Analysis> {
  if (sizeOf(inputs) < WORKER_THRESHOLD_BYTES || typeof Worker === "undefined") {
    try {
      return Promise.resolve(analyseConfig(inputs, pivot, settings, onProgress));
    } catch (error) {
      return Promise.reject(new LoadFailure(toLoadError(error)));
    }
  }
  const target = sharedWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<AnalyseResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === "progress") {
        onProgress(message.progress);
        return;
      }
      target.removeEventListener("message", onMessage);
      if (message.type === "done") {
        performance.mark("campaign-lens:analysis-received");
        markWorkerTimeline(message.timeline);
        resolve(message.analysis);
      } else reject(new LoadFailure(message.error));
    };
    target.addEventListener("message", onMessage);
    const request: AnalyseRequest = { id, inputs, pivot, settings };
    target.postMessage(request);
  });
}
