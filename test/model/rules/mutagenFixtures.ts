// Builders of mutagen JSON export text for the rule and hierarchy specs. Each spec writes the
// configuration it talks about and loads it the way a user's file is loaded, through
// `loadConfig`, so the specs hold for the real importer and resolver.
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { loadConfig } from "../../../src/model/loadConfig";

const TENANT = "Environment";

export interface MutagenSections {
  readonly tenants?: readonly object[];
  readonly campaigns?: readonly object[];
  readonly campaignGroups?: readonly object[];
  readonly callingLists?: readonly object[];
  readonly agentGroups?: readonly object[];
  readonly placeGroups?: readonly object[];
  readonly persons?: readonly object[];
  readonly places?: readonly object[];
}

export function mutagenText(sections: MutagenSections): string {
  return JSON.stringify({
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0" },
    ...sections,
  });
}

/** Loads one mutagen JSON file made of these sections. */
export function loadMutagen(sections: MutagenSections, path = "config.json"): ConfigModel {
  return loadConfig([{ path, content: mutagenText(sections) }]);
}

type ListEntry = string | { callingList: string; share?: number; isActive?: boolean };

export function campaign(name: string, lists: readonly ListEntry[] = [], extra: object = {}) {
  return {
    name,
    tenant: TENANT,
    state: "enabled",
    callingLists: lists.map((entry) =>
      typeof entry === "string" ? { callingList: entry, share: 10, isActive: true } : entry,
    ),
    ...extra,
  };
}

export function campaignGroup(
  name: string,
  campaignName: string,
  groupName: string | null,
  groupType: "agentgroup" | "placegroup" = "agentgroup",
  extra: object = {},
) {
  return {
    name,
    tenant: TENANT,
    state: "enabled",
    campaign: { name: campaignName, tenant: TENANT },
    ...(groupName === null ? {} : { group: { name: groupName, groupType } }),
    ...extra,
  };
}

export function callingList(name: string, extra: object = {}) {
  return { name, tenant: TENANT, state: "enabled", ...extra };
}

export function agentGroup(name: string, agents: readonly string[] = [], extra: object = {}) {
  return { group: { name, tenant: TENANT, state: "enabled", ...extra }, agents };
}

export function placeGroup(name: string, places: readonly string[] = [], extra: object = {}) {
  return { group: { name, tenant: TENANT, state: "enabled", ...extra }, places };
}

export function person(userName: string, employeeId?: string, extra: object = {}) {
  return { userName, employeeId, agent: true, tenant: TENANT, state: "enabled", ...extra };
}

export function place(name: string, extra: object = {}) {
  return { name, tenant: TENANT, state: "enabled", ...extra };
}
