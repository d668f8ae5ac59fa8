import type { ConfigObject } from "../../model/config/objects";
import type { Finding, RuleSettings } from "../../model/findings/Finding";
import type { HierarchyColumns } from "../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../model/hierarchy/NodeKind";
import type { AnalysisProgress } from "./analyseConfig";
import type { LoadError } from "./LoadError";
import type { OpenInput } from "./OpenInput";
import type { ModelEnd } from "./ModelParts";
import type { WorkerTimeline } from "./workerTimeline";

/**
 * The worker keeps the model of every configuration it analysed, by `loadedAt`, until the
 * page releases it: the page asks for a model (`model`) or another pivot of it (`pivot`) at
 * any time while the configuration is open, so the worker never drops one on its own.
 */
export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: "analyse";
      readonly inputs: readonly OpenInput[];
      readonly pivot: Pivot;
      readonly settings?: RuleSettings;
    }
  | {
      readonly id: number;
      readonly type: "pivot";
      readonly loadedAt: number;
      readonly pivot: Pivot;
    }
  | { readonly id: number; readonly type: "model"; readonly loadedAt: number }
  /** The page no longer needs that configuration: no answer. */
  | { readonly id: number; readonly type: "release"; readonly loadedAt: number }
  /**
   * The page has drawn the hierarchy of analyse request `id` (or will not draw it): the rules,
   * which wait for this, may run. No answer.
   */
  | { readonly id: number; readonly type: "shown" };

/** What the page needs, with the hierarchy, to show an analysis before its findings. */
export interface AnalysisStart {
  readonly loadedAt: number;
  readonly sources: readonly string[];
  readonly pivot: Pivot;
}

/**
 * Per analyse request: progress, then `hierarchy` (with `start`) and `done` in that order, or
 * `error` (the model stays in the worker). Per pivot request: `hierarchy`; per model request:
 * the model's objects in `model-part`s (`ModelParts`), then `model`; either with null when
 * the worker does not have (or no longer has) that configuration.
 */
export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly progress: AnalysisProgress }
  | {
      readonly id: number;
      readonly type: "hierarchy";
      readonly columns: HierarchyColumns | null;
      /** For an analyse request only: the page shows the hierarchy while the rules run. */
      readonly start?: AnalysisStart;
    }
  | { readonly id: number; readonly type: "model-part"; readonly objects: readonly ConfigObject[] }
  | { readonly id: number; readonly type: "model"; readonly end: ModelEnd | null }
  | {
      readonly id: number;
      readonly type: "done";
      readonly findings: readonly Finding[];
      readonly pivot: Pivot;
      readonly sources: readonly string[];
      readonly loadedAt: number;
      readonly timeline: WorkerTimeline;
    }
  | { readonly id: number; readonly type: "error"; readonly error: LoadError };
