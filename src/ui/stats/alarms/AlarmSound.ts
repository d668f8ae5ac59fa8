import * as z from "zod/mini";
import type { NodeId } from "../../../model/config/ids";
import type { Alarm, AlarmSource } from "../../shared/statsSlots/StatsSlots";
import type { AlarmAcknowledgements } from "./AlarmAcknowledgements";
import { playTone } from "./playTone";
import { readStored, writeStored } from "./storedValue";

export const SOUND_KEY = "campaign-lens:alarm-sound";
/** One tone for a burst of new alarms, not one per alarm. */
const QUIET_MS = 2000;

/**
 * The optional tone for a new unacknowledged alarm: off until the user turns it on (a page
 * must not start beeping on its own), and kept on across visits. The audio context is made on
 * the click that turns it on, as browsers allow sound only after a gesture.
 */
export class AlarmSound {
  readonly #listeners = new Set<() => void>();
  #on: boolean;
  #context: AudioContext | null = null;
  #lastRungAt = -Infinity;
  #known: ReadonlyMap<NodeId, Alarm> = new Map();

  constructor(
    readonly alarms: AlarmSource,
    readonly acknowledgements: AlarmAcknowledgements,
    readonly now: () => number = () => performance.now(),
    readonly ring: (context: AudioContext | null) => void = playTone,
  ) {
    this.#on = readStored(SOUND_KEY, z.boolean(), false);
    this.#known = alarms.getAlarms().alarms;
    alarms.subscribe(this.#onAlarms);
    // Turned on in an earlier visit, the sound may play only once the user has touched this
    // page: their first click or key unlocks it.
    if (typeof window !== "undefined") {
      window.addEventListener("pointerdown", this.#unlock, { capture: true, passive: true });
      window.addEventListener("keydown", this.#unlock, { capture: true, passive: true });
    }
  }

  #unlock = () => {
    if (!this.#on) return;
    this.#context ??= makeContext();
    if (this.#context?.state === "suspended") void this.#context.resume().catch(() => undefined);
  };

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  isOn = (): boolean => this.#on;

  setOn(on: boolean): void {
    if (on === this.#on) return;
    this.#on = on;
    writeStored(SOUND_KEY, on);
    if (on) this.#context ??= makeContext();
    // Resuming inside the click that turned the sound on is what lets it play later.
    if (on) void this.#context?.resume().catch(() => undefined);
    for (const listener of this.#listeners) listener();
  }

  #onAlarms = () => {
    const alarms = this.alarms.getAlarms().alarms;
    const known = this.#known;
    this.#known = alarms;
    if (!this.#on) return;
    let fresh = false;
    for (const [id, alarm] of alarms) {
      const held = known.get(id);
      if (held && held.since === alarm.since && held.figure === alarm.figure) continue;
      if (this.acknowledgements.isAcknowledged(alarm)) continue;
      fresh = true;
      break;
    }
    const now = this.now();
    if (!fresh || now - this.#lastRungAt < QUIET_MS) return;
    this.#lastRungAt = now;
    this.#context ??= makeContext();
    this.ring(this.#context);
  };
}

function makeContext(): AudioContext | null {
  try {
    return typeof AudioContext === "function" ? new AudioContext() : null;
  } catch {
    return null;
  }
}
