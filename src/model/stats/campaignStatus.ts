import type { GroupStatus } from "./GroupStatus";

/**
 * A Campaign's status as Stat Server derives it from its groups: Running if any group runs,
 * else Activated if any is activated, else Deactivated. Null when no group has reported.
 */
export function campaignStatus(groupStatuses: readonly (GroupStatus | null)[]): GroupStatus | null {
  let known = false;
  let activated = false;
  for (const status of groupStatuses) {
    if (status === null) continue;
    if (status === "Running") return "Running";
    known = true;
    if (status === "Activated") activated = true;
  }
  if (!known) return null;
  return activated ? "Activated" : "Deactivated";
}
