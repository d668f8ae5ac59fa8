import type { RuleSettings } from "../../model/findings/Finding";
import type { Pivot } from "../../model/hierarchy/HierarchyNode";
import type { ConfigInput } from "../../model/loadConfig";
import type { Analysis, AnalysisProgress } from "./analyseConfig";
import type { LoadError } from "./LoadError";
import type { WorkerTimeline } from "./workerTimeline";

export interface AnalyseRequest {
  readonly id: number;
  readonly inputs: readonly ConfigInput[];
  readonly pivot: Pivot;
  readonly settings?: RuleSettings;
}

export type AnalyseResponse =
  | { readonly id: number; readonly type: "progress"; readonly progress: AnalysisProgress }
  | {
      readonly id: number;
      readonly type: "done";
      readonly analysis: Analysis;
      readonly timeline: WorkerTimeline;
    }
  | { readonly id: number; readonly type: "error"; readonly error: LoadError };
