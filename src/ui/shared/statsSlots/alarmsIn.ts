import { useSyncExternalStore } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Hierarchy } from "../../../model/hierarchy/Hierarchy";
import type { Alarm, AlarmSnapshot, AlarmSource } from "./StatsSlots";

const NO_ALARMS: ReadonlyMap<NodeId, Alarm> = new Map();
const EMPTY: AlarmSnapshot = { hierarchy: null, alarms: NO_ALARMS };
const noSubscription = () => () => {};
const noSnapshot = () => EMPTY;

/**
 * The alarms of a snapshot as nodes of `hierarchy`: none when they were judged on another
 * one (a pivot switch or a new file not rolled up yet), whose NodeIds name other nodes here
 * or none at all.
 */
export function alarmsIn(
  snapshot: AlarmSnapshot,
  hierarchy: Hierarchy | null,
): ReadonlyMap<NodeId, Alarm> {
  return hierarchy !== null && snapshot.hierarchy === hierarchy ? snapshot.alarms : NO_ALARMS;
}

/** The alarms now as nodes of `hierarchy`; none without a source. */
export function useAlarmsIn(
  source: AlarmSource | undefined,
  hierarchy: Hierarchy | null,
): ReadonlyMap<NodeId, Alarm> {
  const snapshot = useSyncExternalStore(
    source?.subscribe ?? noSubscription,
    source?.getAlarms ?? noSnapshot,
    source?.getAlarms ?? noSnapshot,
  );
  return alarmsIn(snapshot, hierarchy);
}
