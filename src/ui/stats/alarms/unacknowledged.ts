import type { NodeId } from "../../../model/config/ids";
import type { Alarm } from "../../shared/statsSlots/StatsSlots";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";

/** How many of the alarms the user has not acknowledged. */
export function unacknowledged(
  alarms: ReadonlyMap<NodeId, Alarm>,
  acknowledgements: AlarmAcknowledgements,
): number {
  let count = 0;
  for (const alarm of alarms.values()) if (!acknowledgements.isAcknowledged(alarm)) count += 1;
  return count;
}
