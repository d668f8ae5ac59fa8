import type { NodePath } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { NodeIndex } from "./NodeIndex";

/**
 * The node a finding is about, for "click a finding, land on the node": the first appearance
 * of its object; for a campaign calling list, the entry node under the campaign with the
 * finding's Stat Server id. Null when the object is not drawn in this pivot.
 */
export function nodeOfFinding(finding: Finding, index: NodeIndex): NodePath | null {
  if (!finding.object) return null;
  const appearances = index.appearances.get(finding.object) ?? [];
  if (finding.kind === "campaignCallingList") {
    for (const id of appearances) {
      const entry = index.nodes
        .get(id)
        ?.children.find((c) => c.kind === "campaignCallingList" && c.statId === finding.statId);
      if (entry) return entry.id;
    }
  }
  return appearances[0] ?? null;
}
