import type { ObjectKey } from "../config/ids";
import type { AgentGroup, Person } from "../config/objects";
import { groupsListing } from "../hierarchy/groupsListing";
import { describeObject } from "./describeObject";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

const NAMED = 3;

export const nonAgentInAgentGroup: Rule = {
  id: "non-agent-in-agent-group",
  defaultSeverity: "warning",
  description: "An agent group lists a person who is not an agent.",
  explanation:
    "Stat Server has Agent objects only for persons whose isAgent flag is true. A person " +
    "with isAgent false listed in an agent group is not counted in the group's statistics " +
    "(agents logged in, ready, busy) and cannot dial for a campaign through it, whatever the " +
    "group's membership says. Make the person an agent, or take them out of the group.",
  check({ model }, report) {
    const nonAgents = new Map<ObjectKey, Person>();
    for (const person of model.byKind.person) {
      // An implicit person is known only by userName: whether it is an agent is unknown.
      if (!person.implicit && !person.isAgent) nonAgents.set(person.key, person);
    }
    const listing = groupsListing(model, new Set(nonAgents.keys()));
    const byGroup = new Map<AgentGroup, Person[]>();
    for (const [key, groups] of listing) {
      for (const group of groups) {
        if (group.kind !== "agentGroup") continue;
        const persons = byGroup.get(group);
        if (persons) persons.push(nonAgents.get(key)!);
        else byGroup.set(group, [nonAgents.get(key)!]);
      }
    }
    for (const group of model.byKind.agentGroup) {
      const persons = byGroup.get(group);
      if (!persons) continue;
      const names = persons.slice(0, NAMED).map((p) => quoteName(p.name));
      const more = persons.length > NAMED ? ` and ${persons.length - NAMED} more` : "";
      const who =
        persons.length === 1
          ? `person ${names[0]}, who is not an agent`
          : `${persons.length} persons who are not agents (${names.join(", ")}${more})`;
      report(
        draftFor(
          model,
          group,
          `${describeObject(group)} lists ${who}: Stat Server has no Agent object for ${persons.length === 1 ? "this person" : "them"} and will not count them in the group.`,
          persons.length === 1
            ? `Make ${names[0]} an agent, or take them out of the group.`
            : "Make them agents, or take them out of the group.",
        ),
      );
    }
  },
};
