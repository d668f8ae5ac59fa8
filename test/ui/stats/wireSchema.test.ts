import { describe, expect, it } from "vitest";
import { parseSnapshot, parseSourceEvent, parseUpdates } from "../../../src/ui/stats/wireSchema";

const wire = {
  seq: 1,
  type: "CampaignGroup",
  id: "Sales@Team A",
  stat: "Dialed",
  value: 4,
  ts: 10,
};

describe("parseUpdates", () => {
  it("keeps the entries that parse and counts the others, never failing the message", () => {
    const parsed = parseUpdates([
      wire,
      { ...wire, type: "Switch" },
      { ...wire, value: { nested: true } },
      "garbage",
      null,
      { ...wire, id: "Sales@Team B", extra: "ignored" },
    ]);
    expect(parsed?.dropped).toBe(4);
    expect(parsed?.updates.map((u) => u.objectId)).toEqual(["Sales@Team A", "Sales@Team B"]);
  });

  it("reads each source's code, and a missing or unknown one as unknown, never as an error", () => {
    const parsed = parseUpdates([
      { ...wire, src: "api" },
      { ...wire, src: "ocs" },
      { ...wire, src: "feed" },
      { ...wire, src: "sim" },
      { ...wire, src: "carrier-pigeon" },
      { ...wire, src: 7 },
      wire,
    ]);
    expect(parsed?.dropped).toBe(0);
    expect(parsed?.updates.map((u) => u.source ?? "unknown")).toEqual([
      "statServer",
      "ocs",
      "feeder",
      "simulated",
      "unknown",
      "unknown",
      "unknown",
    ]);
    expect(parsed?.updates[4]).not.toHaveProperty("source");
  });

  it("answers null for a message that is not a list", () => {
    expect(parseUpdates({ values: [] })).toBeNull();
    expect(parseUpdates(undefined)).toBeNull();
  });
});

describe("parseSnapshot", () => {
  const envelope = { instance: "i", seq: 3, lastEventId: "i:3", intervalMs: 2000 };

  it("reads values and the sources' availability, dropping bad entries", () => {
    const snapshot = parseSnapshot({
      ...envelope,
      values: [{ ...wire, received: 11, src: "api" }, { ...wire }],
      sources: [
        { source: "api", available: false, reason: "Stat Server is down", since: 5 },
        { source: "other", available: true },
        "nonsense",
      ],
    });
    expect(snapshot.values).toEqual([
      {
        update: {
          objectType: "CampaignGroup",
          objectId: "Sales@Team A",
          statistic: "Dialed",
          value: 4,
          timestamp: 10,
          source: "statServer",
        },
        receivedAt: 11,
      },
    ]);
    expect(snapshot.dropped).toBe(1);
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
  });
});

describe("parseSourceEvent", () => {
  it("reads the Statistics API's availability, ignores unknown sources, rejects garbage", () => {
    expect(parseSourceEvent({ source: "api", available: true, reason: null, since: 9 })).toEqual({
      state: { source: "api", available: true, reason: null, since: 9 },
    });
    expect(parseSourceEvent({ source: "ocs", available: false })).toEqual({ state: null });
    expect(parseSourceEvent({ available: "yes" })).toBeNull();
    expect(parseSourceEvent(undefined)).toBeNull();
  });
});
