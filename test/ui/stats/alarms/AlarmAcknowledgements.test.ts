// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { asNodePath } from "../../../../src/model/config/ids";
import type { Alarm } from "../../../../src/ui/shared/statsSlots/StatsSlots";
import {
  ACKNOWLEDGEMENTS_KEY,
  AlarmAcknowledgements,
} from "../../../../src/ui/stats/alarms/AlarmAcknowledgements";

const alarm = (since: number, figure: Alarm["figure"] = "overdialRate"): Alarm => ({
  node: asNodePath("campaignGroup:Sales@Team A"),
  level: "alarm",
  figure,
  value: 0.045,
  since,
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("AlarmAcknowledgements", () => {
  it("keeps an acknowledgement for the next visit", () => {
    new AlarmAcknowledgements().acknowledge([alarm(1000)]);
    const later = new AlarmAcknowledgements();
    expect(later.isAcknowledged(alarm(1000))).toBe(true);
    expect(later.sinceOf(asNodePath("campaignGroup:Sales@Team A"), "overdialRate")).toBe(1000);
  });

  it("does not carry an acknowledgement to the same alarm coming back later, nor to another figure", () => {
    const acknowledgements = new AlarmAcknowledgements();
    acknowledgements.acknowledge([alarm(1000)]);
    expect(acknowledgements.isAcknowledged(alarm(5000))).toBe(false);
    expect(acknowledgements.isAcknowledged(alarm(1000, "waiting"))).toBe(false);
  });

  it("tells its readers when an alarm is acknowledged, once", () => {
    const acknowledgements = new AlarmAcknowledgements();
    const heard = vi.fn();
    acknowledgements.subscribe(heard);
    const version = acknowledgements.getVersion();
    acknowledgements.acknowledge([alarm(1000)]);
    acknowledgements.acknowledge([alarm(1000)]);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(acknowledgements.getVersion()).not.toBe(version);
  });

  it.each([
    ["not JSON", "{oops"],
    ["not a list", JSON.stringify({ node: "x" })],
    ["an unknown figure", JSON.stringify([{ node: "n", figure: "mood", since: 1 }])],
    [
      "a start that is not a number",
      JSON.stringify([{ node: "n", figure: "waiting", since: "1" }]),
    ],
  ])("starts empty, quietly, when the stored value is %s", (_, stored) => {
    localStorage.setItem(ACKNOWLEDGEMENTS_KEY, stored);
    const errors = vi.spyOn(console, "error");
    const warnings = vi.spyOn(console, "warn");
    const acknowledgements = new AlarmAcknowledgements();
    expect(acknowledgements.isAcknowledged(alarm(1))).toBe(false);
    acknowledgements.acknowledge([alarm(2000)]);
    expect(new AlarmAcknowledgements().isAcknowledged(alarm(2000))).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it("takes in what another tab acknowledged", () => {
    const here = new AlarmAcknowledgements();
    const heard = vi.fn();
    here.subscribe(heard);
    new AlarmAcknowledgements().acknowledge([alarm(3000)]);
    window.dispatchEvent(new StorageEvent("storage", { key: ACKNOWLEDGEMENTS_KEY }));
    expect(here.isAcknowledged(alarm(3000))).toBe(true);
    expect(heard).toHaveBeenCalled();
  });

  it("forgets the oldest acknowledgements past a long day's worth", () => {
    const acknowledgements = new AlarmAcknowledgements();
    acknowledgements.acknowledge(Array.from({ length: 2500 }, (_, i) => alarm(i)));
    const stored = JSON.parse(localStorage.getItem(ACKNOWLEDGEMENTS_KEY)!) as unknown[];
    expect(stored).toHaveLength(2000);
    const later = new AlarmAcknowledgements();
    expect(later.isAcknowledged(alarm(0))).toBe(false);
    expect(later.isAcknowledged(alarm(2499))).toBe(true);
  });
});
