import type { ConfigModel, ImportedFile } from "../config/ConfigModel";
import { resolveModel } from "../config/resolveModel";
import type { Finding, RuleSettings } from "../findings/Finding";
import { buildHierarchy } from "../hierarchy/buildHierarchy";
import type { Hierarchy } from "../hierarchy/Hierarchy";
import type { Pivot } from "../hierarchy/NodeKind";
import { linkModel } from "../hierarchy/linkModel";
import type { ModelLinks } from "../hierarchy/ModelLinks";
import { importConfig } from "../import/importConfig";
import type { ConfigInput } from "../loadConfig";
import type { Rule } from "../rules/Rule";
import { runRules } from "../rules/runRules";

/** The steps of the pipeline, each reported as it ends. */
export const ANALYSIS_PHASES = ["imported", "resolved", "linked", "hierarchy", "rules"] as const;
export type AnalysisPhase = (typeof ANALYSIS_PHASES)[number];

export type AnalysisStage = "reading" | "building" | "checking";

export interface AnalysisProgress {
  readonly stage: AnalysisStage;
  /** 0..1 over the whole job. */
  readonly fraction: number;
}

export interface AnalysisHooks {
  /** Progress for a person waiting: the stage under way and how far the whole job is. */
  readonly onProgress?: (progress: AnalysisProgress) => void;
  /** Each step as it ends (a step that is not asked for is not reported). */
  readonly onPhase?: (phase: AnalysisPhase) => void;
}

export interface AnalysisOptions<P extends Pivot | null> {
  /** The hierarchy to build, or null for none (a check that prints only findings). */
  readonly pivot: P;
  /** Rule levels by rule id; null runs no rules (a tree, the statistics server). */
  readonly settings: RuleSettings | null;
  /** Rules run after the built-in ones under the same settings (house naming conventions). */
  readonly extraRules?: readonly Rule[];
  readonly hooks?: AnalysisHooks;
}

export interface ModelAnalysis<P extends Pivot | null = Pivot | null> {
  readonly model: ConfigModel;
  readonly links: ModelLinks;
  /** The hierarchy for the pivot asked for; null when none was. */
  readonly hierarchy: P extends Pivot ? Hierarchy : null;
  /** Sorted as `runRules` sorts them; empty when no rules were asked for. */
  readonly findings: Finding[];
}

/**
 * The analysis of configuration files, the one pipeline the app's worker, the command line,
 * the statistics server and the benchmarks all run: import each input, resolve the files into
 * one model, link its references once, build the hierarchy for a pivot, run the rules. The
 * links are shared by the hierarchy and the rules. Throws `ConfigImportError` naming the file
 * and where in it when an input cannot be read.
 */
export function analyseInputs<P extends Pivot | null>(
  inputs: readonly ConfigInput[],
  options: AnalysisOptions<P>,
): ModelAnalysis<P> {
  options.hooks?.onProgress?.({ stage: "reading", fraction: 0.05 });
  return analyseImported(
    inputs.map((input) => importConfig(input)),
    options,
  );
}

/**
 * The same pipeline from files already imported: for a caller that lets go of each file's
 * bytes once it is imported (the app's worker), so they are not held while the rest runs.
 */
export function analyseImported<P extends Pivot | null>(
  files: readonly ImportedFile[],
  options: AnalysisOptions<P>,
): ModelAnalysis<P> {
  return checkBuilt(buildImported(files, options), options);
}

/** The model, its links and the hierarchy: the pipeline up to the rules. */
export type BuiltModel<P extends Pivot | null = Pivot | null> = Omit<ModelAnalysis<P>, "findings">;

/**
 * The first part of `analyseImported`, without the rules: the app's worker hands the hierarchy
 * to the page and lets it draw before it runs them (`checkBuilt`).
 */
export function buildImported<P extends Pivot | null>(
  files: readonly ImportedFile[],
  { pivot, hooks = {} }: AnalysisOptions<P>,
): BuiltModel<P> {
  const { onProgress, onPhase } = hooks;
  onPhase?.("imported");
  const model = resolveModel(files);
  onPhase?.("resolved");
  onProgress?.({ stage: "building", fraction: 0.5 });
  const links = linkModel(model);
  onPhase?.("linked");
  let hierarchy: Hierarchy | null = null;
  if (pivot !== null) {
    hierarchy = buildHierarchy(model, pivot, links);
    onPhase?.("hierarchy");
  }
  return { model, links, hierarchy: hierarchy as ModelAnalysis<P>["hierarchy"] };
}

/** The rest of `analyseImported`: the rules over what `buildImported` built. */
export function checkBuilt<P extends Pivot | null>(
  built: BuiltModel<P>,
  { settings, extraRules = [], hooks = {} }: AnalysisOptions<P>,
): ModelAnalysis<P> {
  const { onProgress, onPhase } = hooks;
  let findings: Finding[] = [];
  if (settings !== null) {
    onProgress?.({ stage: "checking", fraction: 0.75 });
    findings = runRules(built.model, settings, built.links, extraRules);
    onPhase?.("rules");
  }
  return { ...built, findings };
}
