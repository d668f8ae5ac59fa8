import type { ConfigModel } from "../config/ConfigModel";
import type {
  AgentGroup,
  CampaignGroup,
  ConfigObject,
  PlaceGroup,
  ResolvedRef,
} from "../config/objects";
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

  for (const tenant of model.byKind.tenant) tenantObjects(tenant.name).tenants.push(tenant);
  for (const o of model.byKind.campaign) tenantObjects(o.tenant).campaigns.push(o);
  for (const o of model.byKind.campaignGroup) tenantObjects(o.tenant).campaignGroups.push(o);
  for (const o of model.byKind.callingList) tenantObjects(o.tenant).callingLists.push(o);
  for (const o of model.byKind.agentGroup) tenantObjects(o.tenant).agentGroups.push(o);
  for (const o of model.byKind.placeGroup) tenantObjects(o.tenant).placeGroups.push(o);
  for (const o of model.byKind.person) tenantObjects(o.tenant).persons.push(o);
  for (const o of model.byKind.place) tenantObjects(o.tenant).places.push(o);

  const size = model.objects.size;
  const campaignGroupsOfCampaign = new ListsByKey<CampaignGroup>(size);
  const campaignGroupsOfGroup = new ListsByKey<CampaignGroup>(size);
  for (const group of model.byKind.campaignGroup) {
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

  const groupsOfMember = new ListsByKey<AgentGroup | PlaceGroup>(size);
  const membersOf = new ListsByKey<ConfigObject>(size);
  const addMembers = (group: AgentGroup | PlaceGroup, refs: readonly ResolvedRef[]): void => {
    const members: ConfigObject[] = [];
    for (const ref of refs) {
      if (ref.key === null) continue;
      groupsOfMember.add(ref.key, group);
      const member = model.objects.get(ref.key);
      if (member) members.push(member);
    }
    membersOf.set(group.key, members);
  };
  for (const group of model.byKind.agentGroup) addMembers(group, group.agents);
  for (const group of model.byKind.placeGroup) addMembers(group, group.places);

  return {
    tenantNames,
    byTenant,
    campaignGroupsOfCampaign,
    campaignGroupsOfGroup,
    usesOfCallingList,
    groupsOfMember,
    membersOf,
  };
}
