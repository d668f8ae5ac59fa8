import type { ConfigModel } from "../config/ConfigModel";
import type { ObjectKey } from "../config/ids";

/**
 * The names of the agent groups each person belongs to, and of the place groups each place
 * belongs to, sorted. `groupName` renders a group as the diff compares it (for the before
 * side, the name its matched group has after), so a renamed group moves nobody.
 */
export function groupMemberships(
  model: ConfigModel,
  groupName: (group: ObjectKey, name: string) => string,
): Map<ObjectKey, string[]> {
  const memberships = new Map<ObjectKey, string[]>();
  const add = (member: ObjectKey | null, name: string) => {
    if (member === null) return;
    const list = memberships.get(member);
    if (list) list.push(name);
    else memberships.set(member, [name]);
  };
  for (const g of model.byKind.agentGroup) {
    const name = groupName(g.key, g.name);
    for (const ref of g.agents) add(ref.key, name);
  }
  for (const g of model.byKind.placeGroup) {
    const name = groupName(g.key, g.name);
    for (const ref of g.places) add(ref.key, name);
  }
  for (const list of memberships.values()) list.sort();
  return memberships;
}
