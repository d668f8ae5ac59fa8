import type { ConfigModel } from "../config/ConfigModel";
import type { ObjectKey } from "../config/ids";
import type {
  AgentGroup,
  CampaignGroup,
  ConfigObject,
  PlaceGroup,
  ResolvedRef,
} from "../config/objects";
import type { CallingListUse, ModelLinks, TenantObjects } from "./ModelLinks";

function push<V>(map: Map<ObjectKey, V[]>, key: ObjectKey | null, value: V): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Follows every reference of the model once, in both directions (linear in model size). */
export function linkModel(model: ConfigModel): ModelLinks {
  const byTenant = new Map<string, TenantObjects>();
  const tenantNames: string[] = [];
  const tenantObjects = (name: string): TenantObjects => {
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

  const campaignGroupsOfCampaign = new Map<ObjectKey, CampaignGroup[]>();
  const campaignGroupsOfGroup = new Map<ObjectKey, CampaignGroup[]>();
  for (const group of model.byKind.campaignGroup) {
    push(campaignGroupsOfCampaign, group.campaign.key, group);
    if (group.group) push(campaignGroupsOfGroup, group.group.key, group);
  }

  const usesOfCallingList = new Map<ObjectKey, CallingListUse[]>();
  for (const campaign of model.byKind.campaign) {
    campaign.callingLists.forEach((entry, index) => {
      push(usesOfCallingList, entry.callingList.key, { campaign, entry: index });
    });
  }

  const groupsOfMember = new Map<ObjectKey, (AgentGroup | PlaceGroup)[]>();
  const membersOf = new Map<ObjectKey, ConfigObject[]>();
  const addMembers = (group: AgentGroup | PlaceGroup, refs: readonly ResolvedRef[]): void => {
    const members: ConfigObject[] = [];
    for (const ref of refs) {
      if (ref.key === null) continue;
      push(groupsOfMember, ref.key, group);
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
