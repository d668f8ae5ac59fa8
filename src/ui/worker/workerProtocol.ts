import type { Finding, RuleSettings } from "../../model/findings/Finding";
import type { ConfigModel } from "../../model/config/ConfigModel";
import type { HierarchyNode, Pivot } from "../../model/hierarchy/HierarchyNode";
import type { ConfigInput } from "../../model/loadConfig";
import type { AnalysisProgress } from "./analyseConfig";
import type { LoadError } from "./LoadError";
import type { WorkerTimeline } from "./workerTimeline";

export interface AnalyseRequest {
  readonly id: number;
  readonly inputs: readonly ConfigInput[];
  readonly pivot: Pivot;
  readonly settings?: RuleSettings;
}

/** Per request: progress, then `hierarchy`, `model` and `done` in that order, or `error`. */
export type AnalyseResponse =
  | { readonly id: number; readonly type: "progress"; readonly progress: AnalysisProgress }
  | { readonly id: number; readonly type: "hierarchy"; readonly root: HierarchyNode }
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
