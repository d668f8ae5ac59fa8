import { describe, expect, it } from "vitest";
import { configurationFingerprint } from "../../../src/model/stats/configurationFingerprint";
import { feedMatch, feedMismatch } from "../../../src/model/stats/feedStatement";
import { feedOverlap } from "../../../src/model/stats/feedOverlap";
import { knownStatKeys } from "../../../src/model/stats/knownStatKeys";
import { statKey } from "../../../src/model/stats/StatKey";
import { StatValues } from "../../../src/model/stats/StatValues";
import { sampleHierarchy } from "./sampleHierarchy";

const keys = knownStatKeys(sampleHierarchy());
const PAGE = { fingerprint: configurationFingerprint(keys), objects: keys.size };
const feed = (fingerprint: string) => ({
  files: ["sales.json"],
  objects: 12,
  fingerprint,
  simulated: false,
});
const NONE = { known: 0, unknown: 0 };

describe("configurationFingerprint", () => {
  it("is the same for the same objects in any order, and differs for another set", () => {
    const reversed = [...keys].reverse();
    expect(configurationFingerprint(reversed)).toBe(PAGE.fingerprint);
    const fewer = [...keys].slice(1);
    expect(configurationFingerprint(fewer)).not.toBe(PAGE.fingerprint);
    const renamed = [...fewer, statKey("CampaignGroup", "Sales@Team Z")];
    expect(configurationFingerprint(renamed)).not.toBe(PAGE.fingerprint);
  });
});

describe("feedMatch", () => {
  it("is the same configuration when the fingerprints agree", () => {
    expect(feedMatch(feed(PAGE.fingerprint), PAGE, NONE)).toEqual({ kind: "same" });
  });

  it("is another configuration when the feed has figures and none is for an object here", () => {
    const match = feedMatch(feed("other"), PAGE, { known: 0, unknown: 388 });
    expect(match).toEqual({ kind: "other", overlap: { known: 0, unknown: 388 } });
    expect(feedMismatch(match)).toBe(true);
  });

  it("matches by objects when every object with figures is here (a part, a tenant's share)", () => {
    const match = feedMatch(feed("other"), PAGE, { known: 5, unknown: 0 });
    expect(match.kind).toBe("sameObjects");
    expect(feedMismatch(match)).toBe(false);
  });

  it("warns of a partial match, and of differing fingerprints before any figure arrives", () => {
    expect(feedMatch(feed("other"), PAGE, { known: 5, unknown: 2 }).kind).toBe("partial");
    expect(feedMatch(feed("other"), PAGE, NONE).kind).toBe("differs");
    expect(feedMismatch(feedMatch(feed("other"), PAGE, NONE))).toBe(true);
  });

  it("judges an older server, which states nothing, by the objects alone", () => {
    expect(feedMatch(null, PAGE, NONE).kind).toBe("unstated");
    expect(feedMatch(null, PAGE, { known: 0, unknown: 3 }).kind).toBe("other");
    expect(feedMatch(feed("x"), null, NONE).kind).toBe("noPage");
  });
});

describe("feedOverlap", () => {
  it("counts objects with figures by whether the configuration has them, leaving out refusals", () => {
    const values = new StatValues();
    const at = { timestamp: 1, value: 1 };
    values.apply(
      { ...at, objectType: "CampaignGroup", objectId: "Sales@Team A", statistic: "Dialed" },
      1,
    );
    values.apply(
      { ...at, objectType: "CampaignGroup", objectId: "Elsewhere@X", statistic: "Dialed" },
      1,
    );
    values.apply(
      {
        ...at,
        objectType: "CampaignGroup",
        objectId: "Refused@Y",
        statistic: "$verdict",
        value: "refused",
      },
      1,
    );
    values.apply(
      {
        ...at,
        objectType: "CampaignGroup",
        objectId: "Sales@Team B",
        statistic: "$verdict",
        value: "known",
      },
      1,
    );
    expect(feedOverlap(values, keys)).toEqual({ known: 1, unknown: 1 });
  });
});
