import type { UsedGroups } from "./groupDefects";
import type { Planting } from "./Planting";

/** Of the defect rate: agent groups that also list a person who is not an agent. */
const NON_AGENT_SHARE = 0.1;

/**
 * Adds a person who is not an agent to some agent groups (a supervisor or an administrator
 * put in a team): a planted `non-agent-in-agent-group`. Run after every other defect, so that
 * it draws its random numbers last and the rest of a seed's configuration stays as it was.
 */
export function listNonAgents(p: Planting, rate: number, used: UsedGroups): void {
  if (rate <= 0) return;
  for (const group of p.config.agentGroups) {
    if (!used.has(group) || group.members.length === 0) continue;
    if (!p.random.chance(rate * NON_AGENT_SHARE)) continue;
    const nonAgent = p.config.persons.find(
      (person) =>
        !person.isAgent && person.tenant === group.tenant && !group.members.includes(person),
    );
    if (nonAgent === undefined) continue;
    group.members.push(nonAgent);
    p.expect("non-agent-in-agent-group", "agentGroup", group, "a member who is not an agent");
  }
}
