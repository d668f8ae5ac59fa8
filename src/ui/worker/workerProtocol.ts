import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Finding, RuleSettings } from "../../model/findings/Finding";
import type { HierarchyNode, Pivot } from "../../model/hierarchy/HierarchyNode";
import type { ConfigInput } from "../../model/loadConfig";
import type { AnalysisProgress } from "./analyseConfig";
import type { LoadError } from "./LoadError";
import type { WorkerTimeline } from "./workerTimeline";

export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: "analyse";
      readonly inputs: readonly ConfigInput[];
      readonly pivot: Pivot;
      readonly settings?: RuleSettings;
    }
  /** Another pivot of a configuration the worker analysed (it keeps the last few models). */
  | {
      readonly id: number;
      readonly type: "pivot";
      readonly loadedAt: number;
      readonly pivot: Pivot;
    };

/**
 * Per analyse request: progress, then `hierarchy`, `model` and `done` in that order, or
 * `error`. Per pivot request: `hierarchy` (null when the worker no longer has that model).
 */
export type WorkerResponse =
  | { readonly id: number; readonly type: "progress"; readonly progress: AnalysisProgress }
  | { readonly id: number; readonly type: "hierarchy"; readonly root: HierarchyNode | null }
  | { readonly id: number; readonly type: "model"; readonly model: ConfigModel }
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
