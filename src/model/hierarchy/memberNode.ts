import { asStatId } from "../config/ids";
import type { Person, Place } from "../config/objects";
import type { HierarchyNode } from "./HierarchyNode";
import type { SiblingIds } from "./SiblingIds";
import { NO_CHILDREN } from "./noChildren";

/**
 * An Agent or a Place leaf. Stat Server identifies an agent by its employee ID, not its
 * userName, so an agent without one has no Stat Server id.
 */
export function memberNode(member: Person | Place, ids: SiblingIds): HierarchyNode {
  if (member.kind === "person") {
    return {
      id: ids.next("agent", member.name),
      kind: "agent",
      name: member.name,
      statId: member.employeeId ? asStatId(member.employeeId) : null,
      object: member.key,
      children: NO_CHILDREN,
    };
  }
  return {
    id: ids.next("place", member.name),
    kind: "place",
    name: member.name,
    statId: asStatId(member.name),
    object: member.key,
    children: NO_CHILDREN,
  };
}
