import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import type { Rule } from "./Rule";

export const missingGroup: Rule = {
  id: "missing-group",
  defaultSeverity: "error",
  description: "A campaign group has no agent group or place group.",
  explanation:
    "A campaign group joins a campaign to the agent group or place group that dials it, and " +
    "Stat Server's id for it is <campaign>@<group>. Without a group there is no id to ask for " +
    "and nobody to dial: the campaign group can never run. Assign an agent or place group, " +
    "or delete the campaign group.",
  check({ model }, report) {
    for (const group of model.byKind.campaignGroup) {
      if (group.implicit) continue;
      const ref = group.group;
      if (ref && (ref.key !== null || ref.name !== undefined || ref.dbid !== undefined)) continue;
      report(
        draftFor(
          model,
          group,
          `${describeObject(group)} has no agent group or place group, so Stat Server has no id for it and it cannot dial.`,
          "Assign an agent group or a place group to it.",
          null,
        ),
      );
    }
  },
};
