import type { Person, Place } from "../config/objects";
import type { HierarchyContext } from "./HierarchyContext";

/**
 * An Agent or a Place leaf. Stat Server identifies an agent by its employee ID, not its
 * userName, so an agent without one has no Stat Server id.
 */
export function memberNode({ nodes }: HierarchyContext, member: Person | Place): void {
  if (member.kind === "person") {
    nodes.leaf("agent", member.name, member.employeeId ? member.employeeId : null, member.key);
  } else {
    nodes.leaf("place", member.name, member.name, member.key);
  }
}
