import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Analysis } from "./analyseConfig";
import { assembleModel } from "./ModelParts";
import type { ConfigObject } from "../../model/config/objects";
import { requestWorker } from "./requestWorker";
import { nextRequestId, tellWorker } from "./sharedWorker";

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
  const parts: (readonly ConfigObject[])[] = [];
  return requestWorker({ id: nextRequestId(), type: "model", loadedAt }, (answer) => {
    if (answer.type === "model-part") parts.push(answer.objects);
    if (answer.type !== "model") return undefined;
    performance.mark("campaign-lens:model-received");
    if (!answer.end) throw new ModelUnavailable();
    return assembleModel(parts, answer.end);
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
