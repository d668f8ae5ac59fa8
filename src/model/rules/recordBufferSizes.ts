import { CAMPAIGN_GROUP_DEFAULTS } from "../config/campaignGroupDefaults";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

const DEFAULT_MIN = CAMPAIGN_GROUP_DEFAULTS.minRecBuffSize;
const DEFAULT_OPT = CAMPAIGN_GROUP_DEFAULTS.optRecBuffSize;

/** `minRecBuffSize 3 (unset, so Configuration Server's default)`, or the size the group sets. */
function size(field: string, value: number | undefined, fallback: number): string {
  return value === undefined
    ? `${field} ${fallback} (unset, so Configuration Server's default)`
    : `${field} ${value}`;
}

export const recordBufferSizes: Rule = {
  id: "record-buffer-sizes",
  defaultSeverity: "warning",
  description: "A campaign group's minRecBuffSize is 0 or not below its optRecBuffSize.",
  explanation:
    "The dialer keeps a buffer of records for each campaign group: when it falls to " +
    "minRecBuffSize, it fetches more, up to optRecBuffSize. A minimum of 0 lets the buffer run " +
    "dry before it is refilled, and a minimum not below the optimum makes the dialer fetch " +
    "continually; either way agents wait for records and Stat Server shows the group " +
    `waiting. Keep 0 < minRecBuffSize < optRecBuffSize (Configuration Server fills in ` +
    `${DEFAULT_MIN} and ${DEFAULT_OPT} when they are left unset).`,
  check({ model }, report) {
    for (const group of model.byKind.campaignGroup) {
      if (group.implicit) continue;
      const min = group.minRecBuffSize ?? DEFAULT_MIN;
      const opt = group.optRecBuffSize ?? DEFAULT_OPT;
      let problem: string;
      if (min === 0)
        problem = "minRecBuffSize is 0, so the record buffer runs dry before it is refilled";
      else if (min >= opt) {
        problem = `${size("minRecBuffSize", group.minRecBuffSize, DEFAULT_MIN)} is not below ${size("optRecBuffSize", group.optRecBuffSize, DEFAULT_OPT)}`;
      } else continue;
      const suggestedMin = Math.max(1, Math.min(DEFAULT_MIN, opt - 1));
      const suggestedOpt = Math.max(opt, suggestedMin + 1);
      report(
        draftFor(
          model,
          group,
          `${describeObject(group)}: ${problem}.`,
          `minRecBuffSize ${suggestedMin}, optRecBuffSize ${suggestedOpt}`,
        ),
      );
    }
  },
};
