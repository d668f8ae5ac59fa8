import type { ConfigModel } from "../config/ConfigModel";
import type {
  AgentGroup,
  CampaignGroup,
  ConfigObject,
  PlaceGroup,
  ResolvedRef,
} from "../config/objects";
import { KeyFlags } from "./KeyFlags";
import { ListsByKey } from "./ListsByKey";
import type { CallingListUse, ModelLinks, TenantObjects } from "./ModelLinks";

/** Follows every reference of the model once, in both directions (linear in model size). */
export function linkModel(model: ConfigModel): ModelLinks {
  const byTenant = new Map<string, TenantObjects>();
  const tenantNames: string[] = [];
  // Files mostly list one tenant's objects together: the entry of the object before is
  // kept, a string comparison instead of a Map read for each object.
  let lastName: string | undefined;
  let last: TenantObjects | undefined;
  const tenantObjects = (name: string): TenantObjects => {
    if (name === lastName && last) return last;
    let entry = byTenant.get(name);
    if (!entry) {
      entry = {
        tenants: [],
        campaigns: [],
        campaignGroups: [],
        callingLists: [],
        agentGroups: [],
        placeGroups: [],
        persons: [],
        places: [],
      };
      byTenant.set(name, entry);
      tenantNames.push(name);
    }
    lastName = name;
    last = entry;
    return entry;
  };

  const { byKind } = model;
  for (const tenant of byKind.tenant) tenantObjects(tenant.name).tenants.push(tenant);
  // Indexed loops over the model's lists, here and below: this function runs once per model,
  // too few times for V8 to optimize it before it is done, and until then a for-of loop
  // allocates a result object per step (at 100k objects, some 3 MB of garbage).
  const byTenantOf = <O extends ConfigObject>(
    objects: readonly O[],
    listOf: (entry: TenantObjects) => O[],
  ): void => {
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      listOf(tenantObjects(o.tenant)).push(o);
    }
  };
  byTenantOf(byKind.campaign, (entry) => entry.campaigns);
  byTenantOf(byKind.campaignGroup, (entry) => entry.campaignGroups);
  byTenantOf(byKind.callingList, (entry) => entry.callingLists);
  byTenantOf(byKind.agentGroup, (entry) => entry.agentGroups);
  byTenantOf(byKind.placeGroup, (entry) => entry.placeGroups);
  byTenantOf(byKind.person, (entry) => entry.persons);
  byTenantOf(byKind.place, (entry) => entry.places);

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
  for (const campaign of model.byKind.campaign) {
    campaign.callingLists.forEach((entry, index) => {
      const { key } = entry.callingList;
      if (key !== null) usesOfCallingList.add(key, { campaign, entry: index });
    });
  }

  const grouped = new KeyFlags(size);
  const membersOf = new ListsByKey<ConfigObject>(size);
  const addMembers = (group: AgentGroup | PlaceGroup, refs: readonly ResolvedRef[]): void => {
    const members: ConfigObject[] = [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      if (ref.key === null) continue;
      grouped.add(ref.key);
      const member = model.objects.get(ref.key);
      if (member) members.push(member);
    }
    membersOf.set(group.key, members);
  };
  for (let i = 0; i < byKind.agentGroup.length; i++) {
    const group = byKind.agentGroup[i]!;
    addMembers(group, group.agents);
  }
  for (let i = 0; i < byKind.placeGroup.length; i++) {
    const group = byKind.placeGroup[i]!;
    addMembers(group, group.places);
  }

  return {
    tenantNames,
    byTenant,
    campaignGroupsOfCampaign,
    campaignGroupsOfGroup,
    usesOfCallingList,
    grouped,
    membersOf,
  };
}
