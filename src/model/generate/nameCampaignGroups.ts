import type { GenCampaign, GenTenant } from "./GeneratedConfig";
import { misnameCampaignGroup } from "./misnameCampaignGroup";
import type { Planting } from "./Planting";

/**
 * Names every campaign group `<campaign>@<group>` from the final names of both, then gives the
 * campaign groups picked for it a wrong name, and expects the findings that depend on a
 * campaign group's final name.
 */
export function nameCampaignGroups(p: Planting): void {
  const campaignsByTenant = new Map<GenTenant, string[]>();
  for (const c of p.config.campaigns) push(campaignsByTenant, c.tenant, c.name);
  const groupsByTenant = new Map<GenTenant, string[]>();
  for (const g of p.config.agentGroups) push(groupsByTenant, g.tenant, g.name);
  for (const g of p.config.placeGroups) push(groupsByTenant, g.tenant, g.name);
  const siblings = new Map<GenCampaign, Set<string>>();
  for (const g of p.config.campaignGroups) {
    if (!g.group) continue;
    g.name = `${g.campaign.name}@${g.group.group.name}`;
    const names = siblings.get(g.campaign) ?? new Set<string>();
    names.add(g.name);
    siblings.set(g.campaign, names);
  }
  for (const g of p.config.campaignGroups) {
    if (g.group?.type !== "agentGroup" || !p.ambiguous.has(g.group.group)) continue;
    p.expectLater(() => ({
      rule: "ambiguous-group-name",
      kind: "campaignGroup",
      tenant: g.tenant.name,
      name: g.name,
      defect: "its agent group shares its name with a place group",
    }));
  }
  for (const g of p.misnamed) {
    if (!g.group) continue;
    const variant = misnameCampaignGroup(
      {
        campaign: g.campaign.name,
        group: g.group.group.name,
        otherCampaigns: campaignsByTenant.get(g.tenant) ?? [],
        otherGroups: groupsByTenant.get(g.tenant) ?? [],
      },
      siblings.get(g.campaign) ?? new Set(),
      p.random,
    );
    if (!variant) continue;
    g.name = variant.name;
    siblings.get(g.campaign)?.add(g.name);
    p.expectLater(() => ({
      rule: "group-name-mismatch",
      kind: "campaignGroup",
      tenant: g.tenant.name,
      name: variant.name,
      defect: variant.defect,
    }));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
