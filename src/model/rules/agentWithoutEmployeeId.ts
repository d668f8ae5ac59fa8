import { groupsListing } from "../hierarchy/groupsListing";
import { campaignGroupStatId } from "../hierarchy/statIdOf";
import { draftFor } from "./draftFor";
import { quoteName } from "./quoteName";
import type { Rule } from "./Rule";

export const agentWithoutEmployeeId: Rule = {
  id: "agent-without-employee-id",
  defaultSeverity: "warning",
  description:
    "An agent in a campaign's group has no employee ID, so Stat Server cannot report on it.",
  explanation:
    "Stat Server identifies an agent by its employee ID, not by its user name. An agent who " +
    "dials for a campaign but has no employee ID is invisible in agent statistics: the " +
    "group's figures are right, but nobody can see who is logged in, ready or busy. Give " +
    "the person an employee ID.",
  check({ model, links }, report) {
    // The few persons without an employee ID first, then the groups that list them (one pass
    // over the groups' references, asking a byte per key): the first agent group, in model
    // order, that a campaign uses names the campaign group in the message.
    const persons = model.byKind.person.filter(
      // An implicit person is known only by userName: its employee ID is unknown, not absent.
      // A person who is not an agent has no Agent object to report on: another rule's case.
      (person) => !person.implicit && person.isAgent && (person.employeeId ?? "").trim() === "",
    );
    const listing = groupsListing(model, new Set(persons.map((person) => person.key)));
    for (const person of persons) {
      for (const group of listing.get(person.key) ?? []) {
        if (group.kind !== "agentGroup") continue;
        const users = links.campaignGroupsOfGroup.get(group.key);
        const user = users?.find((u) => u.campaign.key !== null);
        if (!user) continue;
        report(
          draftFor(
            model,
            person,
            `Agent ${quoteName(person.name)} has no employee ID, so Stat Server cannot report on it in campaign group ${quoteName(campaignGroupStatId(model, user) ?? user.name)}.`,
            "Give the person an employee ID.",
          ),
        );
        break;
      }
    }
  },
};
