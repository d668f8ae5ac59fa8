import { referencedName } from "../hierarchy/referencedName";
import { perRuleContext } from "./perRuleContext";

/**
 * The two names each campaign group's Stat Server id `<campaign>@<group>` is composed from,
 * at the index of the group in `model.byKind.campaignGroup`: its campaign's and its agent or
 * place group's, as `referencedName` gives them (null when unknown, or when it has no group).
 */
interface CampaignGroupNames {
  readonly campaign: readonly (string | null)[];
  readonly group: readonly (string | null)[];
}

/**
 * Looked up once per rule context: `group-name-mismatch`, `name-too-long` and
 * `ambiguous-group-name` all need them for every campaign group, and each lookup is a read of
 * the model's Map of every object.
 */
export const campaignGroupNames = perRuleContext(({ model }): CampaignGroupNames => {
  const campaign: (string | null)[] = [];
  const group: (string | null)[] = [];
  for (const campaignGroup of model.byKind.campaignGroup) {
    campaign.push(referencedName(model, campaignGroup.campaign));
    group.push(campaignGroup.group ? referencedName(model, campaignGroup.group) : null);
  }
  return { campaign, group };
});
