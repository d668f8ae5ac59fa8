/// <reference lib="webworker" />
import { analyseConfig } from "./analyseConfig";
import { toLoadError } from "./LoadError";
import type { AnalyseRequest, AnalyseResponse } from "./workerProtocol";
import { epochNow } from "./workerTimeline";

const post = (message: AnalyseResponse) => self.postMessage(message);

// The hierarchy and the model go to the page as soon as they exist, so the page copies them in
// and indexes the hierarchy while the rules run here; the findings follow in a small message.
self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  const { id, inputs, pivot, settings } = event.data;
  const timeline: [string, number][] = [["start", epochNow()]];
  const mark = (name: string) => timeline.push([name, epochNow()]);
  try {
    const { findings, sources, loadedAt } = analyseConfig(
      inputs,
      pivot,
      settings,
      (progress) => post({ id, type: "progress", progress }),
      {
        onPhase: mark,
        onBuilt: (model, root) => {
          post({ id, type: "hierarchy", root });
          mark("hierarchy-sent");
          post({ id, type: "model", model });
          mark("model-sent");
        },
      },
    );
    post({ id, type: "done", findings, pivot, sources, loadedAt, timeline });
  } catch (error) {
    post({ id, type: "error", error: toLoadError(error) });
  }
};
