import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadHierarchy, type LoadedHierarchy } from "../../src/node/server/loadHierarchy";
import type { StatUpdate } from "../../src/model/stats/StatUpdate";

/** A tenant's objects, named so that none of its Stat Server ids occurs in the other's. */
function tenantObjects(tenant: string, prefix: string) {
  return {
    persons: [1, 2].map((n) => ({
      userName: `${prefix}.agent${n}`,
      employeeId: `${prefix.toUpperCase()}-E${n}`,
      firstName: `${prefix}First${n}`,
      lastName: `${prefix}Last${n}`,
      agent: true,
      state: "enabled",
      tenant,
    })),
    places: [{ name: `${prefix}_Place1`, state: "enabled", tenant }],
    agentGroups: [
      {
        agents: [`${prefix}.agent1`, `${prefix}.agent2`],
        group: { name: `${prefix}_Team`, state: "enabled", tenant },
      },
    ],
    placeGroups: [
      {
        places: [`${prefix}_Place1`],
        group: { name: `${prefix}_Floor`, state: "enabled", tenant },
      },
    ],
    campaigns: [
      {
        name: `${prefix}_Campaign`,
        state: "enabled",
        tenant,
        callingLists: [{ callingList: `${prefix}_List`, isActive: true, share: 10 }],
      },
      // One campaign name in both tenants: Stat Server ids are names, so this id is both's.
      { name: "Shared_Campaign", state: "enabled", tenant, callingLists: [] },
    ],
    campaignGroups: [
      {
        campaign: { name: `${prefix}_Campaign`, tenant },
        name: `${prefix}_Campaign@${prefix}_Team`,
        group: { name: `${prefix}_Team`, groupType: "agentgroup" },
        dialMode: "dmpredict",
        state: "enabled",
        tenant,
      },
    ],
  };
}

export interface TwoTenants extends LoadedHierarchy {
  readonly dir: string;
  readonly path: string;
  /** Every Stat Server object of each tenant alone, as (type, id). */
  readonly alpha: readonly (readonly [StatUpdate["objectType"], string])[];
  readonly beta: readonly (readonly [StatUpdate["objectType"], string])[];
}

/** A configuration of two tenants, Alpha and Beta, written to a temporary file and loaded. */
export async function twoTenants(): Promise<TwoTenants> {
  const a = tenantObjects("Alpha", "alpha");
  const b = tenantObjects("Beta", "beta");
  const document = {
    __metadata__: { formatName: "JSON", formatVersion: "1.0.0", mutagenVersion: "2.2.2" },
    tenants: [
      { name: "Alpha", state: "enabled" },
      { name: "Beta", state: "enabled" },
    ],
    persons: [...a.persons, ...b.persons],
    places: [...a.places, ...b.places],
    agentGroups: [...a.agentGroups, ...b.agentGroups],
    placeGroups: [...a.placeGroups, ...b.placeGroups],
    campaigns: [...a.campaigns, ...b.campaigns],
    campaignGroups: [...a.campaignGroups, ...b.campaignGroups],
  };
  const dir = await mkdtemp(join(tmpdir(), "lens-tenants-"));
  const path = join(dir, "two-tenants.json");
  await writeFile(path, JSON.stringify(document));
  const loaded = await loadHierarchy([path]);
  const objects = (prefix: string, tenant: string) =>
    [
      ["Tenant", tenant],
      ["Campaign", `${prefix}_Campaign`],
      ["CampaignGroup", `${prefix}_Campaign@${prefix}_Team`],
      ["CampaignCallingList", `${prefix}_Campaign@${prefix}_List`],
      ["CallingList", `${prefix}_List`],
      ["GroupAgents", `${prefix}_Team`],
      ["GroupPlaces", `${prefix}_Floor`],
      ["Agent", `${prefix.toUpperCase()}-E1`],
      ["Agent", `${prefix.toUpperCase()}-E2`],
      ["Place", `${prefix}_Place1`],
    ] as const;
  return { ...loaded, dir, path, alpha: objects("alpha", "Alpha"), beta: objects("beta", "Beta") };
}

/** One update for every object given, each value text no other update has (`<tag>-value-<n>`). */
export function updatesFor(
  objects: readonly (readonly [StatUpdate["objectType"], string])[],
  tag: string,
  timestamp = Date.now(),
): StatUpdate[] {
  return objects.map(([objectType, objectId], index) => ({
    objectType,
    objectId,
    statistic: "CurrentNumberReady",
    value: `${tag}-value-${index}`,
    timestamp,
  }));
}
