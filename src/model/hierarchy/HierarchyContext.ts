import type { ConfigModel } from "../config/ConfigModel";
import type { ModelLinks } from "./ModelLinks";

/** What every hierarchy builder reads: the model and its references, followed once. */
export interface HierarchyContext {
  readonly model: ConfigModel;
  readonly links: ModelLinks;
}
