/// <reference lib="webworker" />
import type { ConfigModel } from "../../model/config/ConfigModel";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { analyseConfig } from "./analyseConfig";
import { toLoadError } from "./LoadError";
import type { WorkerRequest, WorkerResponse } from "./workerProtocol";
import { epochNow } from "./workerTimeline";

const post = (message: WorkerResponse) => self.postMessage(message);

/** Models of the last analyses by `loadedAt`: the open one and a comparison's "before". */
const KEPT_MODELS = 2;
const models = new Map<number, ConfigModel>();

function keep(loadedAt: number, model: ConfigModel): void {
  models.set(loadedAt, model);
  for (const old of models.keys()) {
    if (models.size <= KEPT_MODELS) break;
    models.delete(old);
  }
}

// The hierarchy and the model go to the page as soon as they exist, so the page copies them in
// and indexes the hierarchy while the rules run here; the findings follow in a small message.
function analyse(request: Extract<WorkerRequest, { type: "analyse" }>): void {
  const { id, inputs, pivot, settings } = request;
  const timeline: [string, number][] = [["start", epochNow()]];
  const mark = (name: string) => timeline.push([name, epochNow()]);
  const { model, findings, sources, loadedAt } = analyseConfig(
    inputs,
    pivot,
    settings,
    (progress) => post({ id, type: "progress", progress }),
    {
      onPhase: mark,
      onBuilt: (built, root) => {
        post({ id, type: "hierarchy", root });
        mark("hierarchy-sent");
        post({ id, type: "model", model: built });
        mark("model-sent");
      },
    },
  );
  keep(loadedAt, model);
  post({ id, type: "done", findings, pivot, sources, loadedAt, timeline });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "analyse") analyse(request);
    else {
      const model = models.get(request.loadedAt);
      post({
        id: request.id,
        type: "hierarchy",
        root: model ? buildHierarchy(model, request.pivot) : null,
      });
    }
  } catch (error) {
    post({ id: request.id, type: "error", error: toLoadError(error) });
  }
};
