import { mutagenText } from "../rules/mutagenFixtures";

/**
 * A mutagen JSON export of about `objects` objects, shaped like a contact centre: per tenant,
 * campaigns of 2 campaign groups and 3 calling lists (one shared by every campaign), agent
 * groups of 20 agents, each group used by two campaigns, plus place groups. Deterministic.
 */
export function largeConfiguration(objects: number): string {
  const tenants = 4;
  // Per campaign: 1 campaign, 2 campaign groups, 1 agent group, 20 persons, ~1 place group
  // and 2 places: about 27 objects.
  const campaignsPerTenant = Math.max(1, Math.round(objects / tenants / 27));
  const campaigns: object[] = [];
  const campaignGroups: object[] = [];
  const agentGroups: object[] = [];
  const placeGroups: object[] = [];
  const persons: object[] = [];
  const places: object[] = [];
  for (let t = 0; t < tenants; t++) {
    const tenant = `Tenant ${t}`;
    for (let c = 0; c < campaignsPerTenant; c++) {
      const name = `Campaign ${t}-${c}`;
      const team = `Team ${t}-${c}`;
      const other = `Team ${t}-${(c + 1) % campaignsPerTenant}`;
      const floor = `Floor ${t}-${c}`;
      campaigns.push({
        name,
        tenant,
        state: "enabled",
        callingLists: [`List ${t}-${c}`, `Recall ${t}-${c}`, `Shared ${t}`].map((l) => ({
          callingList: l,
          share: 10,
          isActive: true,
        })),
      });
      campaignGroups.push(
        {
          name: `${name}@${team}`,
          tenant,
          campaign: { name, tenant },
          group: { name: team, groupType: "agentgroup" },
        },
        {
          name: `${name}_${other}`,
          tenant,
          campaign: { name, tenant },
          group: { name: other, groupType: "agentgroup" },
        },
      );
      const agents: string[] = [];
      for (let a = 0; a < 20; a++) {
        const userName = `agent.${t}.${c}.${a}`;
        agents.push(userName);
        persons.push({
          userName,
          employeeId: a === 7 ? undefined : `E${t}${c}${a}`,
          agent: true,
          tenant,
        });
      }
      agentGroups.push({ group: { name: team, tenant, state: "enabled" }, agents });
      placeGroups.push({
        group: { name: floor, tenant },
        places: [`P ${t}-${c}-0`, `P ${t}-${c}-1`],
      });
      places.push({ name: `P ${t}-${c}-0`, tenant }, { name: `P ${t}-${c}-1`, tenant });
    }
  }
  return mutagenText({ campaigns, campaignGroups, agentGroups, placeGroups, persons, places });
}
