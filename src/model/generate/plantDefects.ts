import type { Random } from "../random/createRandom";
import { campaignDefects, campaignGroupDefects } from "./campaignDefects";
import type { GenConfig, GenPerson, ManifestFinding } from "./GeneratedConfig";
import { agentGroupDefects, personDefects, placeGroupDefects } from "./groupDefects";
import type { UsedGroups } from "./groupDefects";
import { listNonAgents } from "./listNonAgents";
import { listOnCampaigns } from "./listOnCampaigns";
import { nameCampaignGroups } from "./nameCampaignGroups";
import type { NameRegistry } from "./NameRegistry";
import { Planting } from "./Planting";

interface DefectOptions {
  /** Probability that a campaign object gets a defect; persons and places get a fifth of it. */
  readonly rate: number;
  /** Whether the format writes calling-list objects (mutagen JSON only names them). */
  readonly listsAreObjects: boolean;
}

/** Persons and places are most of a configuration; at the full rate they would drown the rest. */
const PERSON_RATE_FACTOR = 0.2;

/**
 * Plants defects into a clean configuration and returns the findings they must produce. Each
 * object gets at most one defect, so defects do not mask each other. Campaigns go first
 * (removing a campaign's groups changes which groups are in use), campaign groups get their
 * names last, from the final names of their campaign and group.
 */
export function plantDefects(
  config: GenConfig,
  options: DefectOptions,
  random: Random,
  registry: NameRegistry,
): ManifestFinding[] {
  const p = new Planting(config, random, registry, options.listsAreObjects);
  const rate = options.rate;
  // Objects a defect adds (a duplicate, a look-alike) get no defect of their own.
  const agentGroups = [...config.agentGroups];
  const placeGroups = [...config.placeGroups];
  p.each([...config.campaigns], rate, campaignDefects(p));
  p.each([...config.campaignGroups], rate, campaignGroupDefects(p));
  const used = usedGroups(config);
  p.each(agentGroups, rate, agentGroupDefects(p, used));
  p.each(placeGroups, rate, placeGroupDefects(p, used));
  p.each([...config.callingLists], rate, p.nameDefects("callingList"));
  const inUse = agentsInUse(config, used);
  p.each([...config.persons], rate * PERSON_RATE_FACTOR, personDefects(p, inUse));
  p.each([...config.places], rate * PERSON_RATE_FACTOR, p.nameDefects("place"));
  nameCampaignGroups(p);
  listNonAgents(p, rate, used);
  // mutagen JSON has no campaign-level group list: only the PSDK formats write one.
  if (options.listsAreObjects) listOnCampaigns(p, rate);
  return p.findings();
}

function usedGroups(config: GenConfig): UsedGroups {
  const used = new Set<UsedGroups extends ReadonlySet<infer G> ? G : never>();
  for (const g of config.campaignGroups) {
    if (g.group && g.state === "Enabled" && g.campaign.state === "Enabled") used.add(g.group.group);
  }
  return used;
}

function agentsInUse(config: GenConfig, used: UsedGroups): Set<GenPerson> {
  const agents = new Set<GenPerson>();
  for (const group of config.agentGroups) {
    if (used.has(group)) for (const member of group.members) agents.add(member);
  }
  return agents;
}
