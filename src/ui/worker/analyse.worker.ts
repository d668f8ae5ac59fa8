/// <reference lib="webworker" />
import "../zodWithoutEval";
import type { ConfigModel, ImportedFile } from "../../model/config/ConfigModel";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import { linkModel } from "../../model/hierarchy/linkModel";
import type { ModelLinks } from "../../model/hierarchy/ModelLinks";
import { columnBuffers, type Hierarchy } from "../../model/hierarchy/Hierarchy";
import { importConfig } from "../../model/import/importConfig";
import { buildImported, checkBuilt } from "../../model/pipeline/analyseInputs";
import type { AnalysisProgress } from "./analyseConfig";
import { toLoadError } from "./LoadError";
import { splitModel } from "./ModelParts";
import { readOpenInput, type OpenInput } from "./OpenInput";
import type { AnalysisStart, WorkerRequest, WorkerResponse } from "./workerProtocol";
import { epochNow } from "./workerTimeline";

const post = (message: WorkerResponse) => self.postMessage(message);

/**
 * The hierarchy's columns move to the page: their buffers are transferred, not copied, and the
 * worker does not need them again (the rules read the model).
 */
function postHierarchy(id: number, hierarchy: Hierarchy | null, start?: AnalysisStart): void {
  const columns = hierarchy?.columns ?? null;
  const message: WorkerResponse = start
    ? { id, type: "hierarchy", columns, start }
    : { id, type: "hierarchy", columns };
  self.postMessage(message, {
    transfer: columns ? columnBuffers(columns) : [],
  });
}

/** A model in parts, so that the page takes it in without one long task. */
function postModel(id: number, model: ConfigModel | undefined): void {
  if (!model) {
    post({ id, type: "model", end: null });
    return;
  }
  const { parts, end } = splitModel(model);
  for (const objects of parts) post({ id, type: "model-part", objects });
  post({ id, type: "model", end });
}

/** Models of the analysed configurations the page has not released, by `loadedAt`. */
const models = new Map<number, ConfigModel>();
/** Each kept model's references followed both ways, once, for every pivot the page asks for. */
const linksOfModel = new WeakMap<ConfigModel, ModelLinks>();

function linksOf(model: ConfigModel): ModelLinks {
  let links = linksOfModel.get(model);
  if (!links) linksOfModel.set(model, (links = linkModel(model)));
  return links;
}

/**
 * The inputs read and imported, one at a time, each file's bytes let go of once it is
 * imported: the rest of the pipeline, which builds the model, does not carry them.
 */
async function importOpenInputs(
  inputs: readonly OpenInput[],
  mark: (name: string) => void,
): Promise<ImportedFile[]> {
  const files: ImportedFile[] = [];
  for (const input of inputs) {
    const read = await readOpenInput(input);
    mark("read");
    files.push(importConfig(read));
  }
  return files;
}

/**
 * How long the rules wait for the page to say it drew the hierarchy, at most: a page that
 * never says so (closed, or its frame never came) does not hold the findings back for long.
 */
const SHOWN_WAIT_MS = 2_000;

/** Analyses waiting for the page to draw their hierarchy, by request id. */
const awaitingShown = new Map<number, () => void>();

function shownOrTimeout(id: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      awaitingShown.delete(id);
      resolve();
    };
    const timer = setTimeout(done, SHOWN_WAIT_MS);
    awaitingShown.set(id, done);
  });
}

// The files are read here, not on the page: a file's bytes would otherwise be read by the page
// and copied into the worker with the request. The hierarchy goes to the page as soon as it
// exists, and the rules wait until the page has drawn it: both compete for the same cores, and
// the tree on screen matters more than its findings a moment sooner. The findings follow in a
// small message. The model stays here: the page paints without it and asks for it afterwards,
// so copying it (over half a second at 100k objects) is off the way to the first paint.
async function analyse(request: Extract<WorkerRequest, { type: "analyse" }>): Promise<void> {
  const { id, pivot, settings } = request;
  const timeline: [string, number][] = [["start", epochNow()]];
  const mark = (name: string) => timeline.push([name, epochNow()]);
  const onProgress = (progress: AnalysisProgress) => post({ id, type: "progress", progress });
  onProgress({ stage: "reading", fraction: 0.05 });
  // Decided now, not when the rules end: the page shows the analysis under this key as soon
  // as the hierarchy arrives, and the full one must keep it so the view is not rebuilt.
  const start: AnalysisStart = {
    loadedAt: Date.now(),
    sources: request.inputs.map((input) => input.path),
    pivot,
  };
  const files = await importOpenInputs(request.inputs, mark);
  const options = { pivot, settings: settings ?? {}, hooks: { onPhase: mark, onProgress } };
  const built = buildImported(files, options);
  linksOfModel.set(built.model, built.links);
  const shown = shownOrTimeout(id);
  postHierarchy(id, built.hierarchy, start);
  mark("hierarchy-sent");
  await shown;
  mark("shown");
  const { model, findings } = checkBuilt(built, options);
  models.set(start.loadedAt, model);
  const { sources, loadedAt } = start;
  post({ id, type: "done", findings, pivot, sources, loadedAt, timeline });
}

function answer(request: WorkerRequest): void | Promise<void> {
  switch (request.type) {
    case "analyse":
      return analyse(request);
    case "pivot": {
      const model = models.get(request.loadedAt);
      return postHierarchy(
        request.id,
        model ? buildHierarchy(model, request.pivot, linksOf(model)) : null,
      );
    }
    case "model":
      return postModel(request.id, models.get(request.loadedAt));
    case "release":
      models.delete(request.loadedAt);
      return;
    case "shown":
      awaitingShown.get(request.id)?.();
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    await answer(request);
  } catch (error) {
    post({ id: request.id, type: "error", error: toLoadError(error) });
  }
};
