import type { RuleSettings } from "../../model/findings/Finding";
import type { ConfigModel } from "../../model/config/ConfigModel";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import type { HierarchyNode, Pivot } from "../../model/hierarchy/HierarchyNode";
import type { ConfigInput } from "../../model/loadConfig";
import { analyseConfig, type Analysis, type AnalysisProgress } from "./analyseConfig";
import { toLoadError, type LoadError } from "./LoadError";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";
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
/** Analyses whose model the worker keeps, so it can build their other pivots. */
const analysedInWorker = new WeakSet<Analysis>();
let nextId = 1;

/**
 * Starts the worker ahead of a load (while files are still being read), so loading its code
 * does not wait until the bytes are in. Does nothing where there are no workers.
 */
export function prepareWorker(): void {
  if (typeof Worker !== "undefined") sharedWorker();
}

function sharedWorker(): Worker {
  worker ??= new Worker(new URL("./analyse.worker.ts", import.meta.url), { type: "module" });
  return worker;
}

/**
 * Parse, resolve and check a configuration, in a Web Worker when the input is large so the
 * page stays responsive, reporting progress. Rejects with `LoadFailure`. `onHierarchy` gets
 * the hierarchy from the worker while the rules still run there, for work the page can do
 * ahead (indexing it).
 */
export function analyseOffThread(
  inputs: readonly ConfigInput[],
  pivot: Pivot,
  settings: RuleSettings | undefined,
  onProgress: (progress: AnalysisProgress) => void,
  onHierarchy?: (root: HierarchyNode) => void,
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
    let root: HierarchyNode | null = null;
    let model: ConfigModel | null = null;
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      switch (message.type) {
        case "progress":
          onProgress(message.progress);
          return;
        case "hierarchy":
          root = message.root!;
          performance.mark("campaign-lens:hierarchy-received");
          onHierarchy?.(root);
          performance.mark("campaign-lens:hierarchy-prepared");
          return;
        case "model":
          model = message.model;
          performance.mark("campaign-lens:model-received");
          return;
        case "done": {
          target.removeEventListener("message", onMessage);
          performance.mark("campaign-lens:analysis-received");
          const { findings, pivot: built, sources, loadedAt, timeline } = message;
          markWorkerTimeline(timeline);
          const analysis = {
            model: model!,
            root: root!,
            findings,
            pivot: built,
            sources,
            loadedAt,
          };
          analysedInWorker.add(analysis);
          resolve(analysis);
          return;
        }
        case "error":
          target.removeEventListener("message", onMessage);
          reject(new LoadFailure(message.error));
      }
    };
    target.addEventListener("message", onMessage);
    const request: WorkerRequest = { id, type: "analyse", inputs, pivot, settings };
    target.postMessage(request);
  });
}

/**
 * The hierarchy of an analysis under another pivot: built in the worker (which kept the model)
 * when the analysis came from there, so the page stays responsive on a large configuration;
 * on this thread otherwise, or when the worker no longer has the model.
 */
export function buildPivotOffThread(analysis: Analysis, pivot: Pivot): Promise<HierarchyNode> {
  if (!analysedInWorker.has(analysis))
    return Promise.resolve(buildHierarchy(analysis.model, pivot));
  const target = sharedWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      target.removeEventListener("message", onMessage);
      if (message.type === "hierarchy") {
        if (message.root) performance.mark("campaign-lens:pivot-from-worker");
        resolve(message.root ?? buildHierarchy(analysis.model, pivot));
      } else if (message.type === "error") reject(new LoadFailure(message.error));
    };
    target.addEventListener("message", onMessage);
    const request: WorkerRequest = { id, type: "pivot", loadedAt: analysis.loadedAt, pivot };
    target.postMessage(request);
  });
}

/** Whether building another pivot of this analysis happens off the main thread. */
export const pivotsOffThread = (analysis: Analysis): boolean => analysedInWorker.has(analysis);
