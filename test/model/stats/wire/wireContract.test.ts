import { describe, expect, it } from "vitest";
import { STAT_SOURCES } from "../../../../src/model/stats/StatSource";
import type { StatUpdate } from "../../../../src/model/stats/StatUpdate";
import { parseSnapshot } from "../../../../src/model/stats/wire/parseSnapshot";
import { parseUpdates } from "../../../../src/model/stats/wire/parseUpdates";
import { parseSourceEvent } from "../../../../src/model/stats/wire/SourceStatus";
import { toSnapshotEntry } from "../../../../src/model/stats/wire/WireSnapshot";
import { toWireUpdate } from "../../../../src/model/stats/wire/WireUpdate";

const base: StatUpdate = {
  objectType: "CampaignGroup",
  objectId: "Sales@Team A",
  statistic: "Dialed",
  value: 4,
  timestamp: 10,
};

/** Every kind of value and source a server may write, and names an attacker may choose. */
const UPDATES: StatUpdate[] = [
  base,
  ...STAT_SOURCES.map((source) => ({ ...base, source })),
  { ...base, value: null, source: "statServer" },
  { ...base, statistic: "Status", value: "Running", source: "ocs" },
  { ...base, value: "", source: "feeder" },
  { ...base, value: -0.25, timestamp: 8.64e15 },
  { ...base, objectType: "Agent", objectId: 'ag\u00e9nt \u2603 "quoted" <b>', source: "simulated" },
  ...["__proto__", "constructor", "toString", "hasOwnProperty"].map((name) => ({
    ...base,
    objectId: name,
    statistic: name,
    value: name,
    source: "feeder" as const,
  })),
];

/** What a reader receives: the JSON text a server writes, parsed. */
function overTheWire(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe("the statistics wire contract", () => {
  it("gives back the same update for every source, null and text values, from an updates event", () => {
    const event = overTheWire(
      UPDATES.map((update, i) => ({ seq: i + 1, ...toWireUpdate(update) })),
    );
    expect(parseUpdates(event)).toEqual({ updates: UPDATES, dropped: 0 });
  });

  it("gives back the same update and when it was received, from a snapshot", () => {
    const snapshot = parseSnapshot(
      overTheWire({
        instance: "i",
        seq: UPDATES.length,
        lastEventId: "i-12",
        intervalMs: 10_000,
        values: UPDATES.map((update, i) => toSnapshotEntry(update, 100 + i)),
        sources: [{ source: "api", available: true, reason: null, since: 5 }],
      }),
    );
    expect(snapshot.values).toEqual(UPDATES.map((update, i) => ({ update, receivedAt: 100 + i })));
    expect(snapshot.dropped).toBe(0);
    expect(snapshot.sources).toEqual([{ source: "api", available: true, reason: null, since: 5 }]);
  });

  it("writes each source's code, and no code for an update whose source was not said", () => {
    expect(STAT_SOURCES.map((source) => toWireUpdate({ ...base, source }).src)).toEqual([
      "ocs",
      "api",
      "feed",
      "sim",
    ]);
    expect(JSON.stringify(toWireUpdate(base))).not.toContain("src");
  });

  it("reads a missing, unknown or prototype-named source code as unknown, never as an error", () => {
    const wire = toWireUpdate(base);
    const parsed = parseUpdates([
      { ...wire, src: "carrier-pigeon" },
      { ...wire, src: 7 },
      { ...wire, src: "constructor" },
      { ...wire, src: "__proto__" },
      { ...wire, src: null },
    ]);
    expect(parsed?.dropped).toBe(0);
    expect(parsed?.updates).toEqual([base, base, base, base, base]);
    for (const update of parsed?.updates ?? []) expect(update).not.toHaveProperty("source");
  });

  it("drops and counts malformed entries, keeping the ones beside them without the fields it does not know", () => {
    const wire = { seq: 1, ...toWireUpdate(base) };
    const parsed = parseUpdates([
      wire,
      { ...wire, type: "Switch" },
      { ...wire, value: { nested: true } },
      { ...wire, value: [1] },
      { ...wire, ts: "10" },
      { ...wire, id: undefined },
      "garbage",
      null,
      JSON.parse(
        `{"type":"CampaignGroup","id":"x","stat":"s","value":1,"ts":1,"__proto__":{"polluted":1}}`,
      ),
      { ...wire, id: "Sales@Team B", extra: "ignored" },
    ]);
    expect(parsed?.dropped).toBe(7);
    expect(parsed?.updates.map((u) => u.objectId)).toEqual(["Sales@Team A", "x", "Sales@Team B"]);
    expect(Object.getPrototypeOf(parsed?.updates[1])).toBe(Object.prototype);
    expect(parsed?.updates[1]).not.toHaveProperty("polluted");
    expect(parsed?.updates[2]).not.toHaveProperty("extra");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("answers null for an updates event that is not a list", () => {
    expect(parseUpdates({ values: [] })).toBeNull();
    expect(parseUpdates(undefined)).toBeNull();
  });
});

describe("parseSnapshot", () => {
  const envelope = { instance: "i", seq: 3, lastEventId: "i-3", intervalMs: 2000 };

  it("leaves out and counts bad entries, and the sources this version does not know", () => {
    const snapshot = parseSnapshot({
      ...envelope,
      values: [toSnapshotEntry({ ...base, source: "statServer" }, 11), toWireUpdate(base), 5],
      sources: [
        { source: "api", available: false, reason: "Stat Server is down", since: 5 },
        { source: "other", available: true },
        { source: "constructor", available: true },
        "nonsense",
      ],
    });
    expect(snapshot.values).toEqual([
      { update: { ...base, source: "statServer" }, receivedAt: 11 },
    ]);
    expect(snapshot.dropped).toBe(2);
    expect(snapshot.sources).toEqual([
      { source: "api", available: false, reason: "Stat Server is down", since: 5 },
    ]);
  });

  it("takes a snapshot without sources (an older server) as every source available", () => {
    expect(parseSnapshot({ ...envelope, values: [] }).sources).toEqual([]);
  });

  it("says where a snapshot's envelope is wrong", () => {
    expect(() => parseSnapshot({ ...envelope, intervalMs: "often", values: [] })).toThrow(
      /malformed at intervalMs/,
    );
    expect(() => parseSnapshot({ ...envelope, values: {} })).toThrow(/malformed at values/);
    expect(() => parseSnapshot(null)).toThrow(/malformed/);
  });
});

describe("parseSourceEvent", () => {
  it("reads the Statistics API's availability, ignores unknown sources, rejects garbage", () => {
    expect(parseSourceEvent({ source: "api", available: true, reason: null, since: 9 })).toEqual({
      state: { source: "api", available: true, reason: null, since: 9 },
    });
    expect(parseSourceEvent({ source: "api", available: false })).toEqual({
      state: { source: "api", available: false, reason: null, since: null },
    });
    expect(parseSourceEvent({ source: "ocs", available: false })).toEqual({ state: null });
    expect(parseSourceEvent({ source: "__proto__", available: false })).toEqual({ state: null });
    expect(parseSourceEvent({ available: "yes" })).toBeNull();
    expect(parseSourceEvent(undefined)).toBeNull();
  });
});
