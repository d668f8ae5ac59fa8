import type { GenConfig, GenGroupRef } from "./GeneratedConfig";

const shortForm = (prefix: string, name: string): string => `${prefix}${name.toLowerCase()}`;

/**
 * The configuration as mutagen's JSON export writes it: objects refer to each other by name,
 * enums in mutagen's short form (`dmpredict`), and no calling-list objects at all (lists exist
 * only as the names campaigns give).
 */
export function writeMutagenJson(config: GenConfig): string {
  const state = (s: string) => s.toLowerCase();
  const group = (ref: GenGroupRef) => ({
    name: ref.group.name,
    groupType: ref.type === "agentGroup" ? "agentgroup" : "placegroup",
  });
  const document = {
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0", mutagenVersion: "2.2.2" },
    tenants: config.tenants.map((t) => ({ name: t.name, state: state(t.state) })),
    persons: config.persons.map((p) => ({
      userName: p.name,
      ...(p.employeeId === null ? {} : { employeeId: p.employeeId }),
      firstName: p.firstName,
      lastName: p.lastName,
      agent: p.isAgent,
      state: state(p.state),
      tenant: p.tenant.name,
    })),
    places: config.places.map((p) => ({
      name: p.name,
      state: state(p.state),
      tenant: p.tenant.name,
    })),
    agentGroups: config.agentGroups.map((g) => ({
      agents: [...g.members.map((m) => m.name), ...g.dangling.map((d) => d.name)],
      group: { name: g.name, state: state(g.state), tenant: g.tenant.name },
    })),
    placeGroups: config.placeGroups.map((g) => ({
      places: [...g.members.map((m) => m.name), ...g.dangling.map((d) => d.name)],
      group: { name: g.name, state: state(g.state), tenant: g.tenant.name },
    })),
    campaigns: config.campaigns.map((c) => ({
      name: c.name,
      state: state(c.state),
      tenant: c.tenant.name,
      callingLists: c.lists.map((e) => ({
        callingList: e.list.name,
        isActive: e.isActive,
        share: e.share,
      })),
    })),
    campaignGroups: config.campaignGroups.map((g) => ({
      campaign: { name: g.campaign.name, tenant: g.tenant.name },
      name: g.name,
      ...(g.group ? { group: group(g.group) } : {}),
      dialMode: shortForm("dm", g.dialMode),
      minRecBuffSize: g.minRecBuffSize,
      numOfChannels: g.numOfChannels,
      operationMode: shortForm("om", g.operationMode),
      optMethod: shortForm("om", g.optMethod),
      optMethodValue: g.optMethodValue,
      optRecBuffSize: g.optRecBuffSize,
      state: state(g.state),
      tenant: g.tenant.name,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
