import type { ConfigModel } from "../../model/config/ConfigModel";
import type { Finding, RuleSettings } from "../../model/findings/Finding";
import { loadConfig, type ConfigInput } from "../../model/loadConfig";
import { runRules } from "../../model/rules/runRules";

/** A loaded configuration and what the rules found in it. Plain data, so it can be cloned. */
export interface Analysis {
  readonly model: ConfigModel;
  readonly findings: readonly Finding[];
  /** Names of the inputs, for the header ("campaigns.json + persons.json"). */
  readonly sources: readonly string[];
  /** When the analysis finished (ms since the epoch): tells two loads of the same files apart. */
  readonly loadedAt: number;
}

export type AnalysisStage = "reading" | "checking";

export interface AnalysisProgress {
  readonly stage: AnalysisStage;
  /** 0..1 over the whole job. */
  readonly fraction: number;
}

export function analyseConfig(
  inputs: readonly ConfigInput[],
  settings?: RuleSettings,
  onProgress?: (progress: AnalysisProgress) => void,
): Analysis {
  onProgress?.({ stage: "reading", fraction: 0.1 });
  const model = loadConfig(inputs);
  onProgress?.({ stage: "checking", fraction: 0.7 });
  const findings = runRules(model, settings);
  return { model, findings, sources: inputs.map((input) => input.path), loadedAt: Date.now() };
}
