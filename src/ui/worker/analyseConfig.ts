import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Finding, RuleSettings } from "../../model/findings/Finding";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";
import type { Pivot } from "../../model/hierarchy/NodeKind";
import type { ConfigInput } from "../../model/loadConfig";
import { analyseInputs, type AnalysisProgress } from "../../model/pipeline/analyseInputs";

/** A loaded configuration and what the rules found in it. */
export interface Analysis {
  /**
   * The model when it is on this thread (analysed here). Null for a worker's analysis: its
   * model stays in the worker until asked for, so the page paints without waiting to copy
   * it. `loadModel` and `useModel` get it either way.
   */
  readonly model: ConfigModel | null;
  readonly findings: readonly Finding[];
  /** The hierarchy for `pivot`, built with the model (other pivots are built on demand). */
  readonly hierarchy: Hierarchy;
  readonly pivot: Pivot;
  /** Names of the inputs, for the header ("campaigns.json + persons.json"). */
  readonly sources: readonly string[];
  /**
   * When the analysis started (ms since the epoch): tells two loads of the same files apart,
   * and is the same for a worker's preliminary analysis and the full one that replaces it.
   */
  readonly loadedAt: number;
  /**
   * True while the rules still run (a worker's analysis shown as soon as its hierarchy
   * arrived): `findings` is empty for now, not "no findings", and nothing may export or act
   * on it. The full analysis, with the same `loadedAt`, replaces it.
   */
  readonly checking?: boolean;
}

/** An analysis made on this thread, with its model. */
export type LocalAnalysis = Analysis & { readonly model: ConfigModel };

export type {
  AnalysisPhase,
  AnalysisProgress,
  AnalysisStage,
} from "../../model/pipeline/analyseInputs";

/** The app's analysis of the inputs (the model's pipeline), for one pivot. */
export function analyseConfig(
  inputs: readonly ConfigInput[],
  pivot: Pivot,
  settings?: RuleSettings,
  onProgress?: (progress: AnalysisProgress) => void,
): LocalAnalysis {
  const options = { pivot, settings: settings ?? {}, hooks: { onProgress } };
  const { model, hierarchy, findings } = analyseInputs(inputs, options);
  const sources = inputs.map((input) => input.path);
  return { model, findings, hierarchy, pivot, sources, loadedAt: Date.now() };
}
