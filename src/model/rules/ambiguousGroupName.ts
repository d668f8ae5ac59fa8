import { campaignGroupStatId } from "../hierarchy/statIdOf";
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
  check({ model, links }, report) {
    // The names both an agent group and a place group of one tenant have, by tenant.
    const shared = new Map<string, Set<string>>();
    for (const [tenant, objects] of links.byTenant) {
      const agentGroupNames = new Set<string>();
      for (const group of objects.agentGroups) agentGroupNames.add(group.name);
      const names = new Set<string>();
      for (const group of objects.placeGroups) {
        if (agentGroupNames.has(group.name)) names.add(group.name);
      }
      if (names.size > 0) shared.set(tenant, names);
    }
    if (shared.size === 0) return;
    for (const campaignGroup of model.byKind.campaignGroup) {
      const key = campaignGroup.group?.key ?? null;
      const group = key === null ? undefined : model.objects.get(key);
      if (group?.kind !== "agentGroup" && group?.kind !== "placeGroup") continue;
      if (!shared.get(group.tenant)?.has(group.name)) continue;
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
    }
  },
};
