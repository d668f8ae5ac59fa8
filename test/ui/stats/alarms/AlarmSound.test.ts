// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NodeId } from "../../../../src/model/config/ids";
import type { Alarm } from "../../../../src/ui/shared/statsSlots/StatsSlots";
import { AlarmAcknowledgements } from "../../../../src/ui/stats/alarms/AlarmAcknowledgements";
import { AlarmSound, SOUND_KEY } from "../../../../src/ui/stats/alarms/AlarmSound";
import { buildSpec, node } from "../../../model/stats/sampleHierarchy";
import { snapshotOf } from "./snapshotOf";

/** Four campaign groups, labelled g1 to g4. */
const GROUPS = buildSpec(
  node(
    "root",
    null,
    [1, 2, 3, 4].map((g) => node("campaignGroup", `C@G${g}`, [], `g${g}`)),
  ),
);

function fakeAlarms() {
  const listeners = new Set<() => void>();
  let alarms: ReadonlyMap<NodeId, Alarm> = new Map();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAlarms: () => snapshotOf(GROUPS.hierarchy, alarms),
    publish(list: readonly Alarm[]) {
      alarms = new Map(list.map((a) => [a.node, a]));
      for (const l of listeners) l();
    },
  };
}

const alarm = (node: string, since: number): Alarm => ({
  node: GROUPS.at(node),
  level: "warning",
  figure: "waiting",
  value: "WaitingAgents",
  since,
});

beforeEach(() => localStorage.clear());

function setUp() {
  const alarms = fakeAlarms();
  const acknowledgements = new AlarmAcknowledgements(() => GROUPS.hierarchy);
  let now = 0;
  const ring = vi.fn();
  const sound = new AlarmSound(alarms, acknowledgements, () => now, ring);
  return { alarms, acknowledgements, sound, ring, at: (ms: number) => (now = ms) };
}

describe("AlarmSound", () => {
  it("is off until the user turns it on, and stays silent while off", () => {
    const { alarms, sound, ring } = setUp();
    expect(sound.isOn()).toBe(false);
    alarms.publish([alarm("g1", 1)]);
    expect(ring).not.toHaveBeenCalled();
  });

  it("rings once for new unacknowledged alarms, not for one it has already seen or one acknowledged", () => {
    const { alarms, acknowledgements, sound, ring, at } = setUp();
    sound.setOn(true);
    at(10_000);
    alarms.publish([alarm("g1", 1), alarm("g2", 1)]);
    expect(ring).toHaveBeenCalledTimes(1);
    at(20_000);
    alarms.publish([alarm("g1", 1), alarm("g2", 1)]);
    acknowledgements.acknowledge([alarm("g3", 5)]);
    alarms.publish([alarm("g1", 1), alarm("g2", 1), alarm("g3", 5)]);
    expect(ring).toHaveBeenCalledTimes(1);
    alarms.publish([alarm("g1", 1), alarm("g2", 1), alarm("g3", 5), alarm("g4", 6)]);
    expect(ring).toHaveBeenCalledTimes(2);
  });

  it("rings once for a burst of alarms a moment apart", () => {
    const { alarms, sound, ring, at } = setUp();
    sound.setOn(true);
    at(10_000);
    alarms.publish([alarm("g1", 1)]);
    at(10_500);
    alarms.publish([alarm("g1", 1), alarm("g2", 2)]);
    expect(ring).toHaveBeenCalledTimes(1);
  });

  it("unlocks the audio on the first click of a later visit, when the sound was left on", () => {
    const resumed = vi.fn(() => Promise.resolve());
    vi.stubGlobal(
      "AudioContext",
      class {
        state = "suspended";
        resume = resumed;
      },
    );
    try {
      localStorage.setItem(SOUND_KEY, "true");
      setUp();
      expect(resumed).not.toHaveBeenCalled();
      window.dispatchEvent(new Event("pointerdown"));
      expect(resumed).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("keeps the choice for the next visit, and reads a corrupt one as off", () => {
    const { sound } = setUp();
    sound.setOn(true);
    expect(setUp().sound.isOn()).toBe(true);
    localStorage.setItem(SOUND_KEY, '"loud"');
    expect(setUp().sound.isOn()).toBe(false);
  });
});
