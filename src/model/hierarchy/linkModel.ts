import type { ConfigModel } from "../config/ConfigModel";
import type { ObjectKey } from "../config/ids";
import { CONFIG_KINDS } from "../config/kinds";
import type { CampaignGroup, ConfigObject, ResolvedRef } from "../config/objects";
import { KeyFlags } from "./KeyFlags";
import { ListsByKey } from "./ListsByKey";
import type { CallingListUse, ModelLinks } from "./ModelLinks";
import { TenantLists } from "./TenantLists";

// No closure is made per model here, or in the functions below that run once per object
// (see `keepShape`).

/** Follows every reference of the model once, in both directions (linear in model size). */
export function linkModel(model: ConfigModel): ModelLinks {
  const { byKind } = model;
  const tenants = new TenantLists();
  // Tenants first, then each kind in model order. Indexed loops, here and below: they make
  // nothing per step.
  for (const kind of CONFIG_KINDS) {
    const objects: readonly ConfigObject[] = byKind[kind];
    for (let i = 0; i < objects.length; i++) tenants.add(objects[i]!);
  }

  const size = model.objects.size;
  const campaignGroupsOfCampaign = new ListsByKey<CampaignGroup>(size);
  const campaignGroupsOfGroup = new ListsByKey<CampaignGroup>(size);
  for (let i = 0; i < byKind.campaignGroup.length; i++) {
    const group = byKind.campaignGroup[i]!;
    if (group.campaign.key !== null) campaignGroupsOfCampaign.add(group.campaign.key, group);
    if (group.group && group.group.key !== null) {
      campaignGroupsOfGroup.add(group.group.key, group);
    }
  }

  const usesOfCallingList = new ListsByKey<CallingListUse>(size);
  for (let i = 0; i < byKind.campaign.length; i++) {
    const campaign = byKind.campaign[i]!;
    for (let entry = 0; entry < campaign.callingLists.length; entry++) {
      const { key } = campaign.callingLists[entry]!.callingList;
      if (key !== null) usesOfCallingList.add(key, { campaign, entry });
    }
  }

  const grouped = new KeyFlags(size);
  const membersOf = new ListsByKey<ConfigObject>(size);
  for (let i = 0; i < byKind.agentGroup.length; i++) {
    const group = byKind.agentGroup[i]!;
    membersOf.set(group.key, members(model.objects, group.agents, grouped));
  }
  for (let i = 0; i < byKind.placeGroup.length; i++) {
    const group = byKind.placeGroup[i]!;
    membersOf.set(group.key, members(model.objects, group.places, grouped));
  }

  return {
    tenantNames: tenants.names,
    byTenant: tenants.byName,
    campaignGroupsOfCampaign,
    campaignGroupsOfGroup,
    usesOfCallingList,
    grouped,
    membersOf,
  };
}

/** The objects a group's member references resolve to, each marked in `grouped`. */
function members(
  objects: ReadonlyMap<ObjectKey, ConfigObject>,
  refs: readonly ResolvedRef[],
  grouped: KeyFlags,
): ConfigObject[] {
  const found: ConfigObject[] = [];
  for (let i = 0; i < refs.length; i++) {
    const key = refs[i]!.key;
    if (key === null) continue;
    grouped.add(key);
    const member = objects.get(key);
    if (member) found.push(member);
  }
  return found;
}
