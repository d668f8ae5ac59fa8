import type { ConfigModel } from "../../model/config/ConfigModel";
import { asNodeId, type NodeId } from "../../model/config/ids";
import type { Hierarchy } from "../../model/hierarchy/Hierarchy";

/** A campaign group of the loaded configuration, as OCS reports may identify it. */
export interface KnownGroup {
  /** Its Stat Server id, `<campaign>@<group>`. */
  readonly id: string;
  readonly campaignId: string;
  /** Its CfgCampaignGroup DBID, when the export carries one. */
  readonly dbid?: number;
}

/**
 * The campaign groups of a campaign-pivot hierarchy, each once, with the DBID of the
 * configuration object behind it: OCS sends `GSW_CAMPAIGN_GROUP_DBID` with every report, and
 * it is the only identification left when `GSW_CAMPAIGN_NAME` is not sent.
 */
export function ocsGroupDirectory(hierarchy: Hierarchy, model: ConfigModel): KnownGroup[] {
  const groups: KnownGroup[] = [];
  const seen = new Set<string>();
  for (let n = 0; n < hierarchy.size; n++) {
    const node = asNodeId(n);
    if (hierarchy.kind(node) !== "campaignGroup") continue;
    const statId = hierarchy.statId(node);
    const campaignId = campaignAbove(hierarchy, node);
    if (statId === null || campaignId === null) continue;
    if (!seen.has(statId)) {
      seen.add(statId);
      const key = hierarchy.object(node);
      const object = key === null ? undefined : model.objects.get(key);
      const dbid = object?.kind === "campaignGroup" ? object.dbid : undefined;
      groups.push({ id: statId, campaignId, ...(dbid === undefined ? {} : { dbid }) });
    }
    // What is below a campaign group (its agent and place groups) is no campaign group of OCS.
    n = hierarchy.end(node) - 1;
  }
  return groups;
}

/** The Stat Server id of the nearest campaign above the node, if any. */
function campaignAbove(hierarchy: Hierarchy, node: NodeId): string | null {
  for (let p = hierarchy.parent(node); p !== null; p = hierarchy.parent(p)) {
    if (hierarchy.kind(p) === "campaign") return hierarchy.statId(p);
  }
  return null;
}
