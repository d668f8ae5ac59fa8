import { describe, expect, it } from "vitest";
import { playTone } from "../../../../src/ui/stats/alarms/playTone";

/** The parts of an AudioContext the tone uses, recording what it was asked to do. */
function fakeContext(state: AudioContextState = "running") {
  const calls: string[] = [];
  const param = (name: string) => ({
    setValueAtTime: (v: number, t: number) => calls.push(`${name}=${v}@${t.toFixed(2)}`),
    linearRampToValueAtTime: (v: number, t: number) => calls.push(`${name}→${v}@${t.toFixed(2)}`),
  });
  const context = {
    state,
    currentTime: 1,
    destination: {},
    createGain: () => ({ gain: param("gain"), connect: () => calls.push("gain→out") }),
    createOscillator: () => ({
      type: "",
      frequency: param("hz"),
      connect: () => calls.push("osc→gain"),
      start: (t: number) => calls.push(`start@${t.toFixed(2)}`),
      stop: (t: number) => calls.push(`stop@${t.toFixed(2)}`),
      onended: null,
    }),
  };
  return { context: context as unknown as AudioContext, calls };
}

describe("playTone", () => {
  it("plays two notes a fifth of a second long, fading in and out so it does not click", () => {
    const { context, calls } = fakeContext();
    playTone(context);
    expect(calls).toContain("hz=880@1.01");
    expect(calls).toContain("hz=660@1.11");
    expect(calls).toContain("gain=0@1.01");
    expect(calls).toContain("gain→0@1.21");
    expect(calls).toContain("start@1.01");
    expect(calls).toContain("stop@1.22");
  });

  it("stays silent without an audio context or with a closed one", () => {
    expect(() => playTone(null)).not.toThrow();
    const { context, calls } = fakeContext("closed");
    playTone(context);
    expect(calls).toEqual([]);
  });
});
