import type { NodeId } from "../../../model/config/ids";
import type { Finding } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

/**
 * The node a finding is about, for "click a finding, land on the node": the first appearance
 * of its object; for a campaign calling list, the entry node under the campaign with the
 * finding's Stat Server id. Null when the object is not drawn in this pivot.
 */
export function nodeOfFinding(hierarchy: Hierarchy, finding: Finding): NodeId | null {
  if (!finding.object) return null;
  const nodes = hierarchy.nodesOf(finding.object);
  if (finding.kind === "campaignCallingList") {
    const entry = nodes.find(
      (n) => hierarchy.kind(n) === "campaignCallingList" && hierarchy.statId(n) === finding.statId,
    );
    if (entry !== undefined) return entry;
  }
  return nodes.find((n) => hierarchy.kind(n) !== "campaignCallingList") ?? null;
}
