import type { ConfigModel } from "../config/ConfigModel";
import { linkModel } from "../hierarchy/linkModel";
import type { ModelLinks } from "../hierarchy/ModelLinks";

/** What every rule reads: the model and its references followed both ways, built once. */
export interface RuleContext {
  readonly model: ConfigModel;
  readonly links: ModelLinks;
}

export function createRuleContext(model: ConfigModel, links = linkModel(model)): RuleContext {
  return { model, links };
}
