import type { DialMode, OperationMode, OptimizationMethod } from "../config/enums";
import type { Random } from "../random/createRandom";
import type {
  GenAgentGroup,
  GenCallingList,
  GenCampaign,
  GenConfig,
  GenGroupRef,
  GenPerson,
  GenPlace,
  GenPlaceGroup,
  GenTenant,
} from "./GeneratedConfig";
import { Cycle } from "./Cycle";
import { distribute } from "./distribute";
import type { NameRegistry } from "./NameRegistry";
import { locale, PERIODS, TENANT_PROFILES } from "./nameVocabulary";
import type { Locale, TenantProfile } from "./nameVocabulary";

// Shares of the non-tenant objects, from the shape of real outbound deployments: agents are
// most of a configuration, each campaign has two or three campaign groups and a couple of
// calling lists, and groups and lists are shared between campaigns.
const SHARE = {
  campaign: 0.045,
  campaignGroup: 0.11,
  callingList: 0.07,
  agentGroup: 0.07,
  placeGroup: 0.02,
  place: 0.135,
} as const;

/** Agents that also belong to a second group (a supervisor's floater, a shared specialist). */
const SECOND_GROUP_RATE = 0.1;
const NON_AGENT_RATE = 0.08;

const DIAL_MODES: readonly DialMode[] = ["Predict", "Progress", "Preview", "Power"];
const OPT_METHODS: readonly OptimizationMethod[] = ["BusyFactor", "OverdialRate"];
const OPERATION_MODES: readonly OperationMode[] = ["Manual", "Schedule"];
const BUFFER_SIZES: readonly (readonly [number, number])[] = [
  [4, 6],
  [8, 12],
  [10, 20],
];

function tenantCount(objects: number): number {
  if (objects < 150) return 2;
  if (objects < 3_000) return 3;
  if (objects < 30_000) return 5;
  return TENANT_PROFILES.length;
}

/** Builds a configuration with no defect in it, of about `objects` objects in all. */
export function buildScenario(objects: number, random: Random, registry: NameRegistry): GenConfig {
  const config: GenConfig = {
    tenants: [],
    campaigns: [],
    campaignGroups: [],
    callingLists: [],
    agentGroups: [],
    placeGroups: [],
    persons: [],
    places: [],
  };
  const profiles = TENANT_PROFILES.slice(0, tenantCount(objects));
  // The Environment tenant of a multi-tenant system usually holds the most.
  const weights = profiles.map((_, i) => (i === 0 ? 3 : 1 + random.next()));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const rest = Math.max(0, objects - profiles.length);
  profiles.forEach((profile, i) => {
    const tenant: GenTenant = { dbid: i + 1, name: profile.name, state: "Enabled" };
    config.tenants.push(tenant);
    const budget = Math.round((rest * (weights[i] ?? 1)) / totalWeight);
    new TenantBuilder(config, tenant, profile, random, registry).build(budget);
  });
  return config;
}

class TenantBuilder {
  private readonly locales: readonly Locale[];
  private readonly sep: string;
  private employeeNumber: number;

  constructor(
    private readonly config: GenConfig,
    private readonly tenant: GenTenant,
    profile: TenantProfile,
    private readonly random: Random,
    private readonly registry: NameRegistry,
  ) {
    this.locales = profile.locales.map(locale);
    this.sep = profile.separator;
    this.employeeNumber = 100_000 + random.int(800_000);
  }

  build(budget: number): void {
    const campaigns = Math.max(1, Math.round(budget * SHARE.campaign));
    const lists = Math.max(1, Math.round(budget * SHARE.callingList));
    const agentGroups = Math.max(1, Math.round(budget * SHARE.agentGroup));
    const placeGroups = Math.round(budget * SHARE.placeGroup);
    const places = placeGroups > 0 ? Math.max(placeGroups, Math.round(budget * SHARE.place)) : 0;
    const campaignGroups = Math.min(
      Math.max(campaigns, Math.round(budget * SHARE.campaignGroup)),
      campaigns * (agentGroups + placeGroups),
    );
    const persons = Math.max(
      agentGroups + 1,
      budget - campaigns - lists - agentGroups - placeGroups - places - campaignGroups,
    );

    const agents = this.makePersons(persons);
    const agentGroupList = this.makeAgentGroups(agentGroups, agents);
    const placeList = this.makePlaces(places);
    const placeGroupList = this.makePlaceGroups(placeGroups, placeList);
    const listList = this.makeCallingLists(lists);
    const campaignList = this.makeCampaigns(campaigns, listList);
    const pool: GenGroupRef[] = [
      ...agentGroupList.map((group): GenGroupRef => ({ type: "agentGroup", group })),
      ...placeGroupList.map((group): GenGroupRef => ({ type: "placeGroup", group })),
    ];
    this.makeCampaignGroups(campaignGroups, campaignList, pool);
  }

  private locale(): Locale {
    // The tenant's first language dominates; the second (usually English) is mixed in.
    return this.random.chance(0.7) ? (this.locales[0] as Locale) : this.random.pick(this.locales);
  }

  private claim(kind: string, base: string): string {
    return this.registry.claim(`${this.tenant.dbid}:${kind}`, base, this.sep);
  }

  private makePersons(count: number): GenPerson[] {
    const agents: GenPerson[] = [];
    for (let i = 0; i < count; i++) {
      const loc = this.locale();
      const [firstNative, firstLatin] = this.random.pick(loc.firstNames);
      const [lastNative, lastLatin] = this.random.pick(loc.lastNames);
      const userName = this.registry.claim("person", asciiLogin(`${firstLatin}.${lastLatin}`), "");
      const isAgent = i < 2 || !this.random.chance(NON_AGENT_RATE);
      const person: GenPerson = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 1000 + this.config.persons.length,
        name: userName,
        employeeId: isAgent ? `E${this.employeeNumber++}` : null,
        firstName: firstNative,
        lastName: lastNative,
        isAgent,
      };
      this.config.persons.push(person);
      if (isAgent) agents.push(person);
    }
    return agents;
  }

  private makeAgentGroups(count: number, agents: GenPerson[]): GenAgentGroup[] {
    const groups: GenAgentGroup[] = [];
    const n = Math.min(count, agents.length);
    for (let i = 0; i < n; i++) {
      const loc = this.locale();
      let base = `${loc.team}${this.sep}${this.random.pick(loc.cities)}`;
      if (this.random.chance(0.4)) base += `${this.sep}${this.random.pick(loc.shifts)}`;
      const group: GenAgentGroup = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 100 + this.config.agentGroups.length,
        name: this.claim("group", base),
        members: [],
        dangling: [],
      };
      this.config.agentGroups.push(group);
      groups.push(group);
    }
    distribute(agents, groups, this.random);
    if (groups.length > 1) {
      for (const agent of agents) {
        if (!this.random.chance(SECOND_GROUP_RATE)) continue;
        const group = this.random.pick(groups);
        if (!group.members.includes(agent)) group.members.push(agent);
      }
    }
    return groups;
  }

  private makePlaces(count: number): GenPlace[] {
    const places: GenPlace[] = [];
    for (let i = 0; i < count; i++) {
      const city = this.random.pick(this.locale().cities);
      const number = String(this.random.between(1, 999)).padStart(3, "0");
      const place: GenPlace = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 5000 + this.config.places.length,
        name: this.claim("place", `${city}${this.sep}P${number}`),
      };
      this.config.places.push(place);
      places.push(place);
    }
    return places;
  }

  private makePlaceGroups(count: number, places: GenPlace[]): GenPlaceGroup[] {
    const groups: GenPlaceGroup[] = [];
    const n = Math.min(count, places.length);
    for (let i = 0; i < n; i++) {
      const loc = this.locale();
      const floor = `${loc.floor}${this.sep}${this.random.between(1, 9)}`;
      const group: GenPlaceGroup = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 100 + this.config.placeGroups.length,
        name: this.claim("group", `${floor}${this.sep}${this.random.pick(loc.cities)}`),
        members: [],
        dangling: [],
      };
      this.config.placeGroups.push(group);
      groups.push(group);
    }
    distribute(places, groups, this.random);
    return groups;
  }

  private makeCallingLists(count: number): GenCallingList[] {
    const lists: GenCallingList[] = [];
    for (let i = 0; i < count; i++) {
      const loc = this.locale();
      const words = [this.random.pick(loc.purposes), this.random.pick(loc.cities)];
      words.push(this.random.chance(0.5) ? this.random.pick(PERIODS) : loc.list);
      const list: GenCallingList = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 200 + this.config.callingLists.length,
        name: this.claim("callingList", words.join(this.sep)),
        timeFrom: this.random.pick([8, 9]) * 3600,
        timeUntil: this.random.pick([18, 20, 21]) * 3600,
        maxAttempts: this.random.between(3, 10),
      };
      this.config.callingLists.push(list);
      lists.push(list);
    }
    return lists;
  }

  private makeCampaigns(count: number, lists: GenCallingList[]): GenCampaign[] {
    const campaigns: GenCampaign[] = [];
    for (let i = 0; i < count; i++) {
      const loc = this.locale();
      const words = [this.random.pick(loc.purposes), this.random.pick(PERIODS)];
      if (this.random.chance(0.4)) words.push(this.random.pick(loc.cities));
      const campaign: GenCampaign = {
        tenant: this.tenant,
        state: "Enabled",
        dbid: 300 + this.config.campaigns.length,
        name: this.claim("campaign", words.join(this.sep)),
        lists: [],
      };
      this.config.campaigns.push(campaign);
      campaigns.push(campaign);
    }
    // Every list serves at least one campaign (mutagen JSON only knows a list through the
    // campaigns that use it); some serve several.
    const entries = Math.max(lists.length, Math.round(count * 1.6));
    const cycle = new Cycle(lists, this.random);
    for (let e = 0; e < entries; e++) {
      const campaign = campaigns[e < count ? e : this.random.int(count)] as GenCampaign;
      const list = cycle.nextNotIn(campaign.lists.map((entry) => entry.list));
      if (list)
        campaign.lists.push({ list, share: this.random.pick([10, 10, 20, 50]), isActive: true });
    }
    return campaigns;
  }

  private makeCampaignGroups(count: number, campaigns: GenCampaign[], pool: GenGroupRef[]): void {
    const cycle = new Cycle(pool, this.random);
    const taken = new Map<GenCampaign, GenGroupRef[]>();
    for (let i = 0; i < count; i++) {
      const campaign = campaigns[i < campaigns.length ? i : this.random.int(campaigns.length)];
      if (!campaign) continue;
      const used = taken.get(campaign) ?? [];
      const group = cycle.nextNotIn(used, (a, b) => a.group === b.group);
      if (!group) continue;
      used.push(group);
      taken.set(campaign, used);
      const [minRecBuffSize, optRecBuffSize] = this.random.pick(BUFFER_SIZES);
      const optMethod = this.random.pick(OPT_METHODS);
      const dialMode = this.random.pick(DIAL_MODES);
      this.config.campaignGroups.push({
        tenant: this.tenant,
        state: "Enabled",
        dbid: 400 + this.config.campaignGroups.length,
        campaign,
        group,
        name: `${campaign.name}@${group.group.name}`,
        dialMode,
        optMethod,
        optMethodValue:
          optMethod === "BusyFactor" ? this.random.between(70, 90) : this.random.between(2, 3),
        operationMode: this.random.pick(OPERATION_MODES),
        numOfChannels: this.random.pick([10, 20, 30, 60]),
        minRecBuffSize,
        optRecBuffSize,
        listing: "object",
        listedDialMode: dialMode,
      });
    }
  }
}

/** `Siobhan.OBrien` -> `siobhan.obrien`: logins are plain ASCII even where names are not. */
function asciiLogin(name: string): string {
  return name.replace(/[^A-Za-z0-9.]/g, "").toLowerCase();
}
