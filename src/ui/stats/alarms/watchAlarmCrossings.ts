import { FIGURES } from "../../../model/stats/Figure";
import type { AlarmSource, ThresholdCrossing } from "../../shared/statsSlots/StatsSlots";

const RANK = { warning: 1, alarm: 2 } as const;

/**
 * Calls `listener` when a node's figures get worse across a threshold (within thresholds to
 * a warning or an alarm, a warning to an alarm), as the alarm tracker finds them: only nodes
 * whose figures moved are judged. Returns the unsubscribe function.
 */
export function watchAlarmCrossings(
  source: AlarmSource,
  listener: (crossing: ThresholdCrossing) => void,
): () => void {
  let held = source.getAlarms();
  return source.subscribe(() => {
    const snapshot = source.getAlarms();
    if (snapshot === held) return;
    // Alarms of another hierarchy than before are all new: their NodeIds name other nodes.
    const before = snapshot.hierarchy === held.hierarchy ? held.alarms : null;
    held = snapshot;
    const { hierarchy, alarms } = snapshot;
    if (hierarchy === null) return;
    for (const [id, alarm] of alarms) {
      const was = before?.get(id);
      if (was && RANK[was.level] >= RANK[alarm.level]) continue;
      listener({ hierarchy, node: id, level: alarm.level, figure: FIGURES[alarm.figure].label });
    }
  });
}
