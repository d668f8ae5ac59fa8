/// <reference lib="webworker" />
import { analyseConfig } from "./analyseConfig";
import { toLoadError } from "./LoadError";
import type { AnalyseRequest, AnalyseResponse } from "./workerProtocol";
import { epochNow } from "./workerTimeline";

const post = (message: AnalyseResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  const { id, inputs, pivot, settings } = event.data;
  const timeline: [string, number][] = [["start", epochNow()]];
  try {
    const analysis = analyseConfig(
      inputs,
      pivot,
      settings,
      (progress) => post({ id, type: "progress", progress }),
      (phase) => timeline.push([phase, epochNow()]),
    );
    timeline.push(["posting", epochNow()]);
    post({ id, type: "done", analysis, timeline });
  } catch (error) {
    post({ id, type: "error", error: toLoadError(error) });
  }
};
