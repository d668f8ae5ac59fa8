import type { DialMode } from "../config/enums";
import type { GenCampaignGroup } from "./GeneratedConfig";
import type { Planting } from "./Planting";

/** Campaign groups written only on their campaign's list, as configurations before 7.5 do. */
const CAMPAIGN_ONLY_RATE = 0.05;
/** Of the defect rate: groups written both ways with another dial mode on the campaign. */
const DISAGREEMENT_SHARE = 0.15;

const MODES: readonly DialMode[] = ["Predict", "Progress", "Preview", "Power"];

/**
 * Chooses the campaign groups a PSDK format (RAW, XML) writes on their campaign's
 * `campaignGroups` list: some only there, clean; some both there and as an object, with another
 * dial mode there (a planted `campaign-group-disagreement`). Only a group the model will read
 * back as the same one qualifies: named by its Stat Server id (it has no name of its own on
 * the list), enabled, with a group, the only one of its campaign with that group.
 */
export function listOnCampaigns(p: Planting, rate: number): void {
  const pairs = new Map<string, number>();
  const pair = (g: GenCampaignGroup) =>
    `${g.campaign.dbid}|${g.group?.type}|${g.group?.group.dbid}`;
  for (const g of p.config.campaignGroups) pairs.set(pair(g), (pairs.get(pair(g)) ?? 0) + 1);
  for (const g of p.config.campaignGroups) {
    if (g.group === null || g.state !== "Enabled" || g.campaign.state !== "Enabled") continue;
    if (g.name !== `${g.campaign.name}@${g.group.group.name}` || pairs.get(pair(g)) !== 1) continue;
    if (p.random.chance(rate * DISAGREEMENT_SHARE)) {
      g.listing = "both";
      g.listedDialMode = p.random.pick(MODES.filter((mode) => mode !== g.dialMode));
      p.expect(
        "campaign-group-disagreement",
        "campaignGroup",
        g,
        "another dial mode on the campaign",
      );
    } else if (p.random.chance(CAMPAIGN_ONLY_RATE)) {
      g.listing = "campaign";
    }
  }
}
