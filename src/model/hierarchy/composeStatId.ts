import { asStatId, type StatId } from "../config/ids";

/**
 * The id Stat Server knows a CampaignGroup (`<campaign>@<group>`) or a CampaignCallingList
 * (`<campaign>@<calling list>`) by. Stat Server composes it from the two names exactly as
 * configured: no trimming, no case folding, so neither happens here.
 */
export function composeStatId(campaignName: string, memberName: string): StatId {
  return asStatId(`${campaignName}@${memberName}`);
}
