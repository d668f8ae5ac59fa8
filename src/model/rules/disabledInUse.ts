import type { ObjectKey } from "../config/ids";
import type { ConfigObject } from "../config/objects";
import { CONFIG_KIND_LABEL, type ConfigKind } from "../config/kinds";
import { groupsListing } from "../hierarchy/groupsListing";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

/** The kinds that are a child of something in the campaign hierarchy. */
const CHILD_KINDS = [
  "callingList",
  "campaignGroup",
  "agentGroup",
  "placeGroup",
  "person",
  "place",
] as const satisfies readonly ConfigKind[];

export const disabledInUse: Rule = {
  id: "disabled-in-use",
  defaultSeverity: "info",
  description: "A disabled object is used by an enabled parent.",
  explanation:
    "A disabled calling list, campaign group, agent or place group, agent or place takes no " +
    "part in dialing, even when the campaign above it is enabled. Stat Server then shows the " +
    "parent as configured but that part stays silent, which can look like a fault during a " +
    "review. This is often deliberate; if not, enable the object or remove it from its parent.",
  check({ model, links }, report) {
    // The keys of the disabled objects that can be a child here, few in any configuration: a
    // child given by key is looked up in this small Set, not in the model's Map of every
    // object. Each kind's own list is walked, not the model's objects: only the kinds that
    // can be a child are read.
    const disabled = new Set<ObjectKey>();
    for (const kind of CHILD_KINDS) {
      const objects: readonly ConfigObject[] = model.byKind[kind];
      for (let i = 0; i < objects.length; i++) {
        const object = objects[i]!;
        if (!object.implicit && object.state === "Disabled") disabled.add(object.key);
      }
    }
    if (disabled.size === 0) return;
    // Only the groups that list a disabled member (found in one pass over the groups'
    // references) have their members linked: the others, which hold nearly all of a large
    // configuration's members, cannot add a finding.
    const groupsToWalk = new Set<ObjectKey>();
    for (const groups of groupsListing(model, disabled).values()) {
      for (const group of groups) groupsToWalk.add(group.key);
    }
    const parentsOf = new Map<ObjectKey, ConfigObject[]>();
    const link = (parent: ConfigObject, target: ConfigObject | undefined): void => {
      if (!target || target.implicit || target.state !== "Disabled") return;
      const list = parentsOf.get(target.key);
      if (!list) parentsOf.set(target.key, [parent]);
      else if (list[list.length - 1] !== parent) list.push(parent);
    };
    const linkRef = (parent: ConfigObject, child: ObjectKey | null): void => {
      if (child !== null && disabled.has(child)) link(parent, model.objects.get(child));
    };
    const enabled = (parent: ConfigObject): boolean =>
      !parent.implicit && parent.state === "Enabled";
    // The parent -> child links of the campaign hierarchy: campaign -> calling list, campaign
    // group -> agent or place group, group -> member, then campaign -> campaign group. A
    // tenant is not a parent here: a disabled campaign in an enabled tenant is an ordinary
    // retired campaign.
    for (const parent of model.byKind.campaign) {
      if (!enabled(parent)) continue;
      for (const entry of parent.callingLists) linkRef(parent, entry.callingList.key);
    }
    for (const parent of model.byKind.campaignGroup) {
      if (enabled(parent) && parent.group) linkRef(parent, parent.group.key);
    }
    for (const groups of [model.byKind.agentGroup, model.byKind.placeGroup]) {
      for (const parent of groups) {
        if (!enabled(parent) || !groupsToWalk.has(parent.key)) continue;
        for (const member of links.membersOf.get(parent.key) ?? []) link(parent, member);
      }
    }
    for (const [campaign, groups] of links.campaignGroupsOfCampaign) {
      const parent = model.objects.get(campaign);
      if (!parent || parent.implicit || parent.state !== "Enabled") continue;
      for (const group of groups) link(parent, group);
    }
    for (const [key, parents] of parentsOf) {
      const child = model.objects.get(key);
      if (!child) continue;
      const first = parents[0] as ConfigObject;
      const more = parents.length > 1 ? ` and ${parents.length - 1} more` : "";
      report(
        draftFor(
          model,
          child,
          `${describeObject(child)} is disabled but used by enabled ${CONFIG_KIND_LABEL[first.kind].toLowerCase()} ${quoteName(first.name)}${more}.`,
          "Enable it, or remove it from what uses it if it is retired.",
        ),
      );
    }
  },
};
