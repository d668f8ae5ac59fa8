import type { ConfigModel } from "../config/ConfigModel";
import type { HierarchyBuilder } from "./HierarchyBuilder";
import type { ModelLinks } from "./ModelLinks";

/**
 * What every hierarchy builder reads, the model and its references followed once, and where
 * it writes its nodes.
 */
export interface HierarchyContext {
  readonly model: ConfigModel;
  readonly links: ModelLinks;
  readonly nodes: HierarchyBuilder;
}
