import type { ConfigModel } from "../../model/config/ConfigModel";
import { resolveModel } from "../../model/config/resolveModel";
import type { Finding, RuleSettings } from "../../model/findings/Finding";
import { buildHierarchy } from "../../model/hierarchy/buildHierarchy";
import type { HierarchyNode, Pivot } from "../../model/hierarchy/HierarchyNode";
import { linkModel } from "../../model/hierarchy/linkModel";
import type { ModelLinks } from "../../model/hierarchy/ModelLinks";
import { importConfig } from "../../model/import/importConfig";
import type { ConfigInput } from "../../model/loadConfig";
import { runRules } from "../../model/rules/runRules";

/** A loaded configuration and what the rules found in it. Plain data, so it can be cloned. */
export interface Analysis {
  /**
   * The model when it is on this thread (analysed here). Null for a worker's analysis: its
   * model stays in the worker until asked for, so the page paints without waiting to copy
   * it. `loadModel` and `useModel` get it either way.
   */
  readonly model: ConfigModel | null;
  readonly findings: readonly Finding[];
  /** The hierarchy for `pivot`, built with the model (other pivots are built on demand). */
  readonly root: HierarchyNode;
  readonly pivot: Pivot;
  /** Names of the inputs, for the header ("campaigns.json + persons.json"). */
  readonly sources: readonly string[];
  /** When the analysis finished (ms since the epoch): tells two loads of the same files apart. */
  readonly loadedAt: number;
}

/** An analysis made on this thread, with its model. */
export type LocalAnalysis = Analysis & { readonly model: ConfigModel };

export type AnalysisStage = "reading" | "building" | "checking";

export interface AnalysisProgress {
  readonly stage: AnalysisStage;
  /** 0..1 over the whole job. */
  readonly fraction: number;
}

/** The steps of an analysis, marked as they end so the benchmark can split the load time. */
export type AnalysisPhase = "imported" | "resolved" | "linked" | "hierarchy" | "rules";

export interface AnalysisHooks {
  /** Each step as it ends. */
  readonly onPhase?: (phase: AnalysisPhase) => void;
  /** The model and hierarchy, before the rules run: the worker sends them on meanwhile. */
  readonly onBuilt?: (model: ConfigModel, root: HierarchyNode, links: ModelLinks) => void;
}

/** Parse and merge the inputs, build the hierarchy and run the rules, sharing one link pass. */
export function analyseConfig(
  inputs: readonly ConfigInput[],
  pivot: Pivot,
  settings?: RuleSettings,
  onProgress?: (progress: AnalysisProgress) => void,
  hooks: AnalysisHooks = {},
): LocalAnalysis {
  const { onPhase, onBuilt } = hooks;
  onProgress?.({ stage: "reading", fraction: 0.05 });
  const files = inputs.map((input) => importConfig(input));
  onPhase?.("imported");
  const model = resolveModel(files);
  onPhase?.("resolved");
  onProgress?.({ stage: "building", fraction: 0.5 });
  const links = linkModel(model);
  onPhase?.("linked");
  const root = buildHierarchy(model, pivot, links);
  onPhase?.("hierarchy");
  onBuilt?.(model, root, links);
  onProgress?.({ stage: "checking", fraction: 0.75 });
  const findings = runRules(model, settings, links);
  onPhase?.("rules");
  return {
    model,
    findings,
    root,
    pivot,
    sources: inputs.map((input) => input.path),
    loadedAt: Date.now(),
  };
}
