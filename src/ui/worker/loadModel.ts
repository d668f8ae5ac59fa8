import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Analysis } from "./analyseConfig";
import { LoadFailure } from "./LoadFailure";
import { assembleModel } from "./ModelParts";
import type { ConfigObject } from "../../model/config/objects";
import { askWorker, nextRequestId, tellWorker } from "./sharedWorker";

/** The worker no longer holds a configuration the page asked about. */
export class ModelUnavailable extends Error {
  override readonly name = "ModelUnavailable";
  constructor() {
    super("This configuration is no longer held in memory: open it again.");
  }
}

/**
 * Models fetched from the worker, by `loadedAt`: an analysis is copied when its findings
 * change (`{ ...analysis, findings }`), and every copy shares its one model.
 */
const fetched = new Map<number, Promise<ConfigModel>>();

/**
 * The model of an analysis: at once when it was analysed on this thread, else copied from the
 * worker once (which takes a good half second at 100k objects, so the page asks for it only
 * after the tree has painted). Rejects with `ModelUnavailable` after `releaseModel`.
 */
export function loadModel(analysis: Analysis): Promise<ConfigModel> {
  if (analysis.model) return Promise.resolve(analysis.model);
  const { loadedAt } = analysis;
  let model = fetched.get(loadedAt);
  if (!model) {
    const asked = fetchModel(loadedAt);
    asked.catch(() => {
      if (fetched.get(loadedAt) === asked) fetched.delete(loadedAt);
    });
    fetched.set(loadedAt, asked);
    model = asked;
  }
  return model;
}

function fetchModel(loadedAt: number): Promise<ConfigModel> {
  return new Promise((resolve, reject) => {
    const parts: (readonly ConfigObject[])[] = [];
    askWorker({ id: nextRequestId(), type: "model", loadedAt }, (message) => {
      if (message.type === "model-part") {
        parts.push(message.objects);
        return false;
      }
      if (message.type === "model") {
        performance.mark("campaign-lens:model-received");
        if (message.end) {
          try {
            resolve(assembleModel(parts, message.end));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
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

/**
 * The page is done with this configuration (another one is open, or it was a comparison's
 * "before" whose model the page now holds): the worker and this cache let go of its model.
 */
export function releaseModel(analysis: Analysis): void {
  fetched.delete(analysis.loadedAt);
  if (analysis.model === null) {
    tellWorker({ id: nextRequestId(), type: "release", loadedAt: analysis.loadedAt });
  }
}
