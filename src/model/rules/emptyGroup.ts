import { campaignGroupStatId } from "../hierarchy/statIdOf";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

export const emptyGroup: Rule = {
  id: "empty-group",
  defaultSeverity: "warning",
  description: "An agent or place group used by a campaign group has no members.",
  explanation:
    "A campaign group dials through the agents or places of its group. When that group has " +
    "no members, the campaign group can be started but never connects a call, and its " +
    "agent statistics stay at zero. Add agents or places to the group, or assign a group " +
    "that has them.",
  check({ model, links }, report) {
    for (const group of [...model.byKind.agentGroup, ...model.byKind.placeGroup]) {
      // An implicit group is known only by name: its members are unknown, not absent.
      if (group.implicit) continue;
      const members = group.kind === "agentGroup" ? group.agents : group.places;
      if (members.length > 0) continue;
      const users = links.campaignGroupsOfGroup.get(group.key);
      const first = users?.[0];
      if (!first) continue;
      const more = (users?.length ?? 0) > 1 ? ` and ${(users?.length ?? 0) - 1} more` : "";
      report(
        draftFor(
          model,
          group,
          `${describeObject(group)} has no ${group.kind === "agentGroup" ? "agents" : "places"}, but campaign group ${quoteName(campaignGroupStatId(model, first) ?? first.name)}${more} dials with it.`,
          `Add ${group.kind === "agentGroup" ? "agents" : "places"} to the group, or assign a group that has them.`,
        ),
      );
    }
  },
};
