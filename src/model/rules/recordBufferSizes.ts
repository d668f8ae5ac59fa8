import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

/** Configuration Server's defaults when a campaign group does not set them. */
const DEFAULT_MIN = 4;
const DEFAULT_OPT = 6;

export const recordBufferSizes: Rule = {
  id: "record-buffer-sizes",
  defaultSeverity: "warning",
  description: "A campaign group's minRecBuffSize is 0 or not below its optRecBuffSize.",
  explanation:
    "The dialer keeps a buffer of records for each campaign group: when it falls to " +
    "minRecBuffSize, it fetches more, up to optRecBuffSize. A minimum of 0 lets the buffer run " +
    "dry before it is refilled, and a minimum not below the optimum makes the dialer fetch " +
    "continually; either way agents wait for records and Stat Server shows the group " +
    `waiting. Keep 0 < minRecBuffSize < optRecBuffSize (the defaults are ${DEFAULT_MIN} and ${DEFAULT_OPT}).`,
  check({ model }, report) {
    for (const group of model.byKind.campaignGroup) {
      if (group.implicit) continue;
      const min = group.minRecBuffSize ?? DEFAULT_MIN;
      const opt = group.optRecBuffSize ?? DEFAULT_OPT;
      let problem: string;
      if (min === 0)
        problem = "minRecBuffSize is 0, so the record buffer runs dry before it is refilled";
      else if (min >= opt) {
        problem = `minRecBuffSize ${min} is not below optRecBuffSize ${opt}`;
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
