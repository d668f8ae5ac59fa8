/// <reference lib="webworker" />
import { analyseConfig } from "./analyseConfig";
import { toLoadError } from "./LoadError";
import type { AnalyseRequest, AnalyseResponse } from "./workerProtocol";

const post = (message: AnalyseResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  const { id, inputs, pivot, settings } = event.data;
  try {
    const analysis = analyseConfig(inputs, pivot, settings, (progress) =>
      post({ id, type: "progress", progress }),
    );
    post({ id, type: "done", analysis });
  } catch (error) {
    post({ id, type: "error", error: toLoadError(error) });
  }
};
