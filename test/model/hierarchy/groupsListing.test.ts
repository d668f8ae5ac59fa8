import { describe, expect, it } from "vitest";
import { groupsListing } from "../../../src/model/hierarchy/groupsListing";
import { linkModel } from "../../../src/model/hierarchy/linkModel";
import { agentGroup, loadMutagen, person, place, placeGroup } from "../rules/mutagenFixtures";

describe("groupsListing", () => {
  const model = loadMutagen({
    persons: [person("ann", "E1"), person("bob", "E2"), person("cy", "E3")],
    places: [place("Desk 1")],
    agentGroups: [agentGroup("Team A", ["ann", "bob", "ann"]), agentGroup("Team B", ["ann"])],
    placeGroups: [placeGroup("Floor 1", ["Desk 1"])],
  });
  const keyOf = (name: string) => [...model.objects.values()].find((o) => o.name === name)!.key;

  it("lists, for each member asked about, the groups that list it, agent groups first, once each", () => {
    const listing = groupsListing(model, new Set([keyOf("ann"), keyOf("Desk 1"), keyOf("cy")]));
    expect(
      [...listing].map(([key, groups]) => [
        model.objects.get(key)?.name,
        groups.map((g) => g.name),
      ]),
    ).toEqual([
      ["ann", ["Team A", "Team B"]],
      ["Desk 1", ["Floor 1"]],
    ]);
  });

  it("agrees with the links on which objects are in some group", () => {
    const links = linkModel(model);
    const everyKey = new Set(model.objects.keys());
    const listed = groupsListing(model, everyKey);
    for (const key of everyKey) expect(links.grouped.has(key)).toBe(listed.has(key));
    expect(listed.size).toBe(3);
  });
});
