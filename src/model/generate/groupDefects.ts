import type { GenAgentGroup, GenPerson, GenPlaceGroup } from "./GeneratedConfig";
import { tooLong, withWhitespace } from "./nameVariants";
import type { Defect, Planting } from "./Planting";

/** Groups that an enabled campaign group of an enabled campaign dials with. */
export type UsedGroups = ReadonlySet<GenAgentGroup | GenPlaceGroup>;

export function agentGroupDefects(p: Planting, used: UsedGroups): Defect<GenAgentGroup>[] {
  const { config, random } = p;
  const copy =
    (original: GenAgentGroup) =>
    (name: string): GenAgentGroup => ({
      dbid: 100 + config.agentGroups.length,
      tenant: original.tenant,
      name,
      state: "Enabled",
      members: original.members.slice(0, 2),
      dangling: [],
    });
  return [
    ...p.nameDefects<GenAgentGroup>("agentGroup"),
    { weight: 1, apply: (g) => p.twin("agentGroup", g, config.agentGroups, copy(g), false) },
    { weight: 1, apply: (g) => p.twin("agentGroup", g, config.agentGroups, copy(g), true) },
    {
      weight: 2,
      apply: (g) => {
        if (!used.has(g)) return false;
        g.members = [];
        p.expect("empty-group", "agentGroup", g, "no members");
        return true;
      },
    },
    {
      weight: 2,
      apply: (g) => {
        if (!used.has(g)) return false;
        const places = config.places.filter((place) => place.tenant === g.tenant);
        config.placeGroups.push({
          dbid: 100 + config.placeGroups.length,
          tenant: g.tenant,
          name: g.name,
          state: "Enabled",
          members: places.length > 0 ? [random.pick(places)] : [],
          dangling: [],
        });
        p.ambiguous.add(g);
        return true;
      },
    },
    {
      weight: 1,
      apply: (g) => {
        const serial = p.nextDanglingSerial();
        g.dangling.push({ name: `former.agent${serial}`, dbid: 900_000 + serial });
        p.expect("unknown-reference", "agentGroup", g, "a member that is not in the file");
        return true;
      },
    },
    {
      weight: 0.5,
      apply: (g) => p.rename("agentGroup", g, tooLong(g.name), "name-too-long"),
    },
  ];
}

export function placeGroupDefects(p: Planting, used: UsedGroups): Defect<GenPlaceGroup>[] {
  return [
    ...p.nameDefects<GenPlaceGroup>("placeGroup"),
    {
      weight: 2,
      apply: (g) => {
        if (!used.has(g)) return false;
        g.members = [];
        p.expect("empty-group", "placeGroup", g, "no members");
        return true;
      },
    },
  ];
}

export function personDefects(p: Planting, inUse: ReadonlySet<GenPerson>): Defect<GenPerson>[] {
  return [
    {
      weight: 1,
      apply: (person) =>
        p.rename("person", person, withWhitespace(person.name, p.random), "name-whitespace"),
    },
    {
      weight: 4,
      apply: (person) => {
        if (!inUse.has(person) || person.employeeId === null) return false;
        person.employeeId = null;
        p.expect("agent-without-employee-id", "person", person, "no employee ID");
        return true;
      },
    },
  ];
}
