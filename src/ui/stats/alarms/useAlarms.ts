import { useSyncExternalStore } from "react";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";
import type { AlarmSound } from "./AlarmSound";

/** Re-renders when the user (or another tab) acknowledges an alarm. */
export function useAcknowledgementsVersion(acknowledgements: AlarmAcknowledgements): number {
  return useSyncExternalStore(acknowledgements.subscribe, acknowledgements.getVersion);
}

export function useSoundOn(sound: AlarmSound): boolean {
  return useSyncExternalStore(sound.subscribe, sound.isOn);
}
