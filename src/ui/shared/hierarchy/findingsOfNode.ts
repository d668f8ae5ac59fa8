import type { NodeId, ObjectKey } from "../../../model/config/ids";
import type { Finding, Severity } from "../../../model/findings/Finding";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";

export type FindingsByObject = ReadonlyMap<ObjectKey, readonly Finding[]>;

export function groupFindingsByObject(findings: readonly Finding[]): FindingsByObject {
  const byObject = new Map<ObjectKey, Finding[]>();
  for (const finding of findings) {
    if (!finding.object) continue;
    const list = byObject.get(finding.object);
    if (list) list.push(finding);
    else byObject.set(finding.object, [finding]);
  }
  return byObject;
}

const NO_FINDINGS: readonly Finding[] = [];

/**
 * The findings shown on one node. A CampaignCallingList node stands for one entry of its
 * campaign, so it takes the campaign's `campaignCallingList` findings with its own Stat
 * Server id, and the campaign node takes the others.
 */
export function findingsOfNode(
  hierarchy: Hierarchy,
  node: NodeId,
  byObject: FindingsByObject,
): readonly Finding[] {
  const object = hierarchy.object(node);
  if (object === null) return NO_FINDINGS;
  const all = byObject.get(object);
  if (!all) return NO_FINDINGS;
  const kind = hierarchy.kind(node);
  if (kind === "campaignCallingList") {
    const statId = hierarchy.statId(node);
    return all.filter((f) => f.kind === "campaignCallingList" && f.statId === statId);
  }
  if (kind === "campaign") return all.filter((f) => f.kind !== "campaignCallingList");
  return all;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings)
    if (worst === null || RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}

export const severityRank = (severity: Severity) => RANK[severity];
