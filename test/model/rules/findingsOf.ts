import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import type { Finding } from "../../../src/model/findings/Finding";
import { runRules } from "../../../src/model/rules/runRules";

/** The findings one rule reports on a model, through the engine a user runs. */
export function findingsOf(rule: string, model: ConfigModel): Finding[] {
  return runRules(model).filter((finding) => finding.rule === rule);
}
