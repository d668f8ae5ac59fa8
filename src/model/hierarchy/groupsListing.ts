import type { ConfigModel } from "../config/ConfigModel";
import type { ObjectKey } from "../config/ids";
import type { AgentGroup, PlaceGroup, ResolvedRef } from "../config/objects";
import { KeyFlags } from "./KeyFlags";

/**
 * The agent and place groups that list each of `members` as a member (by resolved
 * reference), agent groups first, each in model order. One pass over every group's members:
 * the rules that need it ask about a few objects (persons without an employee ID, disabled
 * objects), so the model's links keep only whether an object is in some group at all
 * (`ModelLinks.grouped`) rather than a list per member, which at 100k objects was some
 * 70,000 arrays that nothing else reads.
 */
export function groupsListing(
  model: ConfigModel,
  members: ReadonlySet<ObjectKey>,
): Map<ObjectKey, (AgentGroup | PlaceGroup)[]> {
  const listing = new Map<ObjectKey, (AgentGroup | PlaceGroup)[]>();
  if (members.size === 0) return listing;
  // Asked per reference, some 100,000 times: a byte per key answers faster than the Set.
  const wanted = new KeyFlags(model.objects.size);
  for (const key of members) wanted.add(key);
  for (const group of model.byKind.agentGroup) addListing(listing, wanted, group, group.agents);
  for (const group of model.byKind.placeGroup) addListing(listing, wanted, group, group.places);
  return listing;
}

/** Adds `group` to the listing of each wanted member it lists, once per member. */
function addListing(
  listing: Map<ObjectKey, (AgentGroup | PlaceGroup)[]>,
  wanted: KeyFlags,
  group: AgentGroup | PlaceGroup,
  refs: readonly ResolvedRef[],
): void {
  for (let i = 0; i < refs.length; i++) {
    const key = refs[i]!.key;
    if (key === null || !wanted.has(key)) continue;
    const groups = listing.get(key);
    if (!groups) listing.set(key, [group]);
    else if (groups[groups.length - 1] !== group) groups.push(group);
  }
}
