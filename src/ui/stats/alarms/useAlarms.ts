import { useSyncExternalStore } from "react";
import type { NodeId } from "../../../model/config/ids";
import type { Alarm, AlarmSource } from "../../shared/statsSlots/StatsSlots";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";
import type { AlarmSound } from "./AlarmSound";

/** The nodes over a threshold now; re-renders only when an alarm starts, ends or changes. */
export function useAlarms(source: AlarmSource): ReadonlyMap<NodeId, Alarm> {
  return useSyncExternalStore(source.subscribe, source.getAlarms);
}

/** Re-renders when the user (or another tab) acknowledges an alarm. */
export function useAcknowledgementsVersion(acknowledgements: AlarmAcknowledgements): number {
  return useSyncExternalStore(acknowledgements.subscribe, acknowledgements.getVersion);
}

export function useSoundOn(sound: AlarmSound): boolean {
  return useSyncExternalStore(sound.subscribe, sound.isOn);
}
