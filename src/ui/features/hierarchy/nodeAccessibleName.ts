import type { Finding } from "../../../model/findings/Finding";
import type { HierarchyNode } from "../../../model/hierarchy/HierarchyNode";
import { worstSeverity } from "./findingsOfNode";
import { NODE_KIND_LABEL } from "./nodeKind";

/**
 * What a screen reader says for a node: name and kind first (the pattern's requirement), then
 * the Stat Server id where it differs, sharing, and the findings.
 */
export function nodeAccessibleName(
  node: HierarchyNode,
  findings: readonly Finding[],
  shared: boolean,
): string {
  const parts = [node.name || "(no name)", NODE_KIND_LABEL[node.kind]];
  if (node.statId !== null && node.statId !== node.name) {
    parts.push(
      node.kind === "campaignGroup"
        ? `Stat Server expects ${node.statId}`
        : `Stat Server id ${node.statId}`,
    );
  }
  if (shared) parts.push("shared");
  const worst = worstSeverity(findings);
  if (worst) {
    parts.push(`${findings.length} finding${findings.length === 1 ? "" : "s"}, worst ${worst}`);
  }
  return parts.join(", ");
}
