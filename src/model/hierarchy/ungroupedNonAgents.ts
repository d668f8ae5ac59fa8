import type { ModelLinks, TenantObjects } from "./ModelLinks";

/**
 * How many of a tenant's persons are in no group and are not agents: Stat Server has no
 * Agent object for them, so `Unassigned` counts them rather than drawing them as agents.
 */
export function ungroupedNonAgents(objects: TenantObjects, links: ModelLinks): number {
  let count = 0;
  const persons = objects.persons;
  for (let i = 0; i < persons.length; i++) {
    const person = persons[i]!;
    if (!person.isAgent && !links.grouped.has(person.key)) count++;
  }
  return count;
}
