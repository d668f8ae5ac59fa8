// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Alarm } from "../../../../src/ui/shared/statsSlots/StatsSlots";
import {
  ACKNOWLEDGEMENTS_KEY,
  AlarmAcknowledgements,
} from "../../../../src/ui/stats/alarms/AlarmAcknowledgements";
import { buildSpec, node, sampleHierarchy, sampleNode } from "../../../model/stats/sampleHierarchy";

const HIERARCHY = sampleHierarchy();
const TEAM_A = sampleNode("campaignGroup:Sales@Team A");

const alarm = (since: number, figure: Alarm["figure"] = "overdialRate"): Alarm => ({
  node: TEAM_A,
  level: "alarm",
  figure,
  value: 0.045,
  since,
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("AlarmAcknowledgements", () => {
  it("keeps an acknowledgement for the next visit", () => {
    new AlarmAcknowledgements(() => HIERARCHY).acknowledge([alarm(1000)]);
    const later = new AlarmAcknowledgements(() => HIERARCHY);
    expect(later.isAcknowledged(alarm(1000))).toBe(true);
    expect(later.sinceOf(TEAM_A, "overdialRate")).toBe(1000);
  });

  it("stores the node's path, so an acknowledgement holds in a hierarchy where its NodeId is another", () => {
    new AlarmAcknowledgements(() => HIERARCHY).acknowledge([alarm(1000)]);
    const stored = JSON.parse(localStorage.getItem(ACKNOWLEDGEMENTS_KEY)!) as { node: string }[];
    expect(stored.map((a) => a.node)).toEqual([HIERARCHY.pathOf(TEAM_A)]);
    // Another campaign comes first: Sales and its group are further on.
    const { hierarchy, at } = buildSpec(
      node("root", null, [
        node("tenant", "Environment", [
          node("campaign", "Other", [node("campaignGroup", "Other@Team A")]),
          node("campaign", "Sales", [node("campaignGroup", "Sales@Team A")]),
        ]),
      ]),
    );
    const moved = at("campaignGroup:Sales@Team A");
    expect(moved).not.toBe(TEAM_A);
    const there = new AlarmAcknowledgements(() => hierarchy);
    expect(there.isAcknowledged({ ...alarm(1000), node: moved })).toBe(true);
    expect(there.isAcknowledged({ ...alarm(1000), node: at("campaignGroup:Other@Team A") })).toBe(
      false,
    );
    expect(there.sinceOf(moved, "overdialRate")).toBe(1000);
  });

  it("acknowledges nothing while there is no hierarchy to name the node in", () => {
    const without = new AlarmAcknowledgements(() => null);
    without.acknowledge([alarm(1000)]);
    expect(without.isAcknowledged(alarm(1000))).toBe(false);
    expect(localStorage.getItem(ACKNOWLEDGEMENTS_KEY)).toBeNull();
  });

  it("does not carry an acknowledgement to the same alarm coming back later, nor to another figure", () => {
    const acknowledgements = new AlarmAcknowledgements(() => HIERARCHY);
    acknowledgements.acknowledge([alarm(1000)]);
    expect(acknowledgements.isAcknowledged(alarm(5000))).toBe(false);
    expect(acknowledgements.isAcknowledged(alarm(1000, "waiting"))).toBe(false);
  });

  it("tells its readers when an alarm is acknowledged, once", () => {
    const acknowledgements = new AlarmAcknowledgements(() => HIERARCHY);
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
    const acknowledgements = new AlarmAcknowledgements(() => HIERARCHY);
    expect(acknowledgements.isAcknowledged(alarm(1))).toBe(false);
    acknowledgements.acknowledge([alarm(2000)]);
    expect(new AlarmAcknowledgements(() => HIERARCHY).isAcknowledged(alarm(2000))).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  });

  it("takes in what another tab acknowledged", () => {
    const here = new AlarmAcknowledgements(() => HIERARCHY);
    const heard = vi.fn();
    here.subscribe(heard);
    new AlarmAcknowledgements(() => HIERARCHY).acknowledge([alarm(3000)]);
    window.dispatchEvent(new StorageEvent("storage", { key: ACKNOWLEDGEMENTS_KEY }));
    expect(here.isAcknowledged(alarm(3000))).toBe(true);
    expect(heard).toHaveBeenCalled();
  });

  it("forgets the oldest acknowledgements past a long day's worth", () => {
    const acknowledgements = new AlarmAcknowledgements(() => HIERARCHY);
    acknowledgements.acknowledge(Array.from({ length: 2500 }, (_, i) => alarm(i)));
    const stored = JSON.parse(localStorage.getItem(ACKNOWLEDGEMENTS_KEY)!) as unknown[];
    expect(stored).toHaveLength(2000);
    const later = new AlarmAcknowledgements(() => HIERARCHY);
    expect(later.isAcknowledged(alarm(0))).toBe(false);
    expect(later.isAcknowledged(alarm(2499))).toBe(true);
  });
});
