import type { ObjectKey } from "./ids";
import type { KeyCounter } from "./KeyCounter";
import type { Campaign, CampaignGroup, ConfigObject, SourceLocation } from "./objects";
import { sourcePath } from "./sourcePath";

/** Objects in one file only share this empty `alsoIn`, as `resolveModel`'s do. */
const IN_ONE_FILE: readonly SourceLocation[] = Object.freeze([]);

/** `campaign key|group key`: one campaign group per pair, however it is given. */
const pairKey = (campaign: ObjectKey, group: ObjectKey): string => `${campaign}|${group}`;

/**
 * A campaign group for each entry of a campaign's own `campaignGroups` list (pre-7.5 data)
 * that no CfgCampaignGroup of the same campaign and group already gives: a group given both
 * ways is one campaign group, the CfgCampaignGroup object (`campaign-group-disagreement`
 * compares the two). A group listed twice on one campaign is one too. Each has the Stat Server
 * id as its name, since it has no name of its own, and the entry's settings.
 */
export function listedCampaignGroups(
  campaigns: readonly Campaign[],
  campaignGroups: readonly CampaignGroup[],
  objects: ReadonlyMap<ObjectKey, ConfigObject>,
  keys: KeyCounter,
): CampaignGroup[] {
  const listing = campaigns.filter((c) => c.campaignGroups !== undefined && !c.implicit);
  if (listing.length === 0) return [];
  const given = new Set<string>();
  for (const g of campaignGroups) {
    if (g.campaign.key !== null && g.group !== null && g.group.key !== null) {
      given.add(pairKey(g.campaign.key, g.group.key));
    }
  }
  const made: CampaignGroup[] = [];
  for (const campaign of listing) {
    const entries = campaign.campaignGroups ?? [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const groupKey = entry.group.key;
      if (groupKey !== null) {
        const pair = pairKey(campaign.key, groupKey);
        if (given.has(pair)) continue;
        given.add(pair);
      }
      const group = groupKey === null ? undefined : objects.get(groupKey);
      const groupName = group?.name ?? entry.group.name ?? `DBID ${entry.group.dbid ?? "?"}`;
      const { extra, group: groupRef, ...settings } = entry;
      made.push({
        kind: "campaignGroup",
        key: keys.next(),
        source: {
          file: campaign.source.file,
          path: `${sourcePath(campaign.source)}.campaignGroups`,
          index: i,
          ...(campaign.source.line === undefined
            ? {}
            : { line: campaign.source.line, column: campaign.source.column }),
        },
        extra,
        alsoIn: IN_ONE_FILE,
        implicit: false,
        tenant: campaign.tenant,
        name: `${campaign.name}@${groupName}`,
        state: "Enabled",
        campaign: { name: campaign.name, dbid: campaign.dbid, key: campaign.key },
        group: { ...groupRef },
        ...settings,
        listedOnCampaign: true,
      });
    }
  }
  return made;
}
