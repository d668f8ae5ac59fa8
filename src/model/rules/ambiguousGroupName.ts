import { campaignGroupStatId } from "../hierarchy/statIdOf";
import { campaignGroupNames } from "./campaignGroupNames";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

export const ambiguousGroupName: Rule = {
  id: "ambiguous-group-name",
  defaultSeverity: "warning",
  description:
    "An agent group and a place group of one tenant share a name a campaign group uses, so <campaign>@<group> does not say which.",
  explanation:
    "Group names are unique per type within a tenant, but an agent group and a place group " +
    "may share a name. The campaign group's Stat Server id <campaign>@<group> carries only " +
    "the name, so when both kinds of group share it, the id no longer says which group the " +
    "campaign dials with, and statistics may be reported for the wrong one. Rename one of the " +
    "two groups.",
  check(context, report) {
    const { model, links } = context;
    // The names both an agent group and a place group of one tenant have, by tenant.
    // Place groups are usually the fewer: theirs is the Set built, the agent groups look it up.
    const shared = new Map<string, Set<string>>();
    const sharedAnywhere = new Set<string>();
    for (const [tenant, objects] of links.byTenant) {
      const placeGroupNames = new Set<string>();
      for (const group of objects.placeGroups) placeGroupNames.add(group.name);
      const names = new Set<string>();
      for (const group of objects.agentGroups) {
        if (placeGroupNames.has(group.name)) names.add(group.name);
      }
      if (names.size > 0) shared.set(tenant, names);
      for (const name of names) sharedAnywhere.add(name);
    }
    if (shared.size === 0) return;
    // A campaign group whose group name is shared in no tenant is passed over without looking
    // its group up: the name is the resolved group's when there is one.
    const groupNames = campaignGroupNames(context).group;
    model.byKind.campaignGroup.forEach((campaignGroup, i) => {
      const groupName = groupNames[i] ?? null;
      if (groupName === null || !sharedAnywhere.has(groupName)) return;
      const key = campaignGroup.group?.key ?? null;
      const group = key === null ? undefined : model.objects.get(key);
      if (group?.kind !== "agentGroup" && group?.kind !== "placeGroup") return;
      if (!shared.get(group.tenant)?.has(group.name)) return;
      const other = group.kind === "agentGroup" ? "a place group" : "an agent group";
      const statId = campaignGroupStatId(model, campaignGroup);
      report(
        draftFor(
          model,
          campaignGroup,
          `Campaign group ${quoteName(campaignGroup.name)} uses ${group.kind === "agentGroup" ? "agent group" : "place group"} ${quoteName(group.name)}, and ${other} in tenant ${quoteName(group.tenant)} has the same name, so Stat Server id ${quoteName(statId ?? "")} does not say which group it is.`,
          `Rename the agent group or the place group ${quoteName(group.name)} so that the two differ.`,
          statId,
        ),
      );
    });
  },
};
