import type { AlarmSnapshot } from "../../../../src/ui/shared/statsSlots/StatsSlots";

const snapshots = new WeakMap<object, AlarmSnapshot>();

/** One snapshot per map, as a real source gives the same one while nothing changed. */
export function snapshotOf(
  hierarchy: AlarmSnapshot["hierarchy"],
  alarms: AlarmSnapshot["alarms"],
): AlarmSnapshot {
  let snapshot = snapshots.get(alarms);
  if (snapshot === undefined) {
    snapshot = { hierarchy, alarms };
    snapshots.set(alarms, snapshot);
  }
  return snapshot;
}
