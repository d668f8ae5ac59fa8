import type { ConfigModel } from "../../model/config/ConfigModel";
import type { HierarchyNode } from "../../model/hierarchy/HierarchyNode";

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
export function ocsGroupDirectory(root: HierarchyNode, model: ConfigModel): KnownGroup[] {
  const groups: KnownGroup[] = [];
  const seen = new Set<string>();
  const visit = (node: HierarchyNode, campaignId: string | null) => {
    if (node.kind === "campaignGroup" && node.statId !== null && campaignId !== null) {
      if (!seen.has(node.statId)) {
        seen.add(node.statId);
        const object = node.object === null ? undefined : model.objects.get(node.object);
        const dbid = object?.kind === "campaignGroup" ? object.dbid : undefined;
        groups.push({ id: node.statId, campaignId, ...(dbid === undefined ? {} : { dbid }) });
      }
      return;
    }
    const campaign = node.kind === "campaign" ? node.statId : campaignId;
    for (const child of node.children) visit(child, campaign);
  };
  visit(root, null);
  return groups;
}
