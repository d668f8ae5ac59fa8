import { describe, expect, it } from "vitest";
import { feedStatementText } from "../../../src/ui/stats/feedStatementText";

const feed = {
  files: ["site.json", "agents.json"],
  objects: 1200,
  fingerprint: "f",
  simulated: false,
};

describe("feedStatementText", () => {
  it("names the feed's files and says it is this configuration when it matches", () => {
    expect(feedStatementText({ kind: "same" }, feed)).toEqual({
      text: "for site.json + 1 more",
      detail:
        "The live feed is for site.json + 1 more (1,200 objects): the configuration open here.",
      mismatch: false,
    });
  });

  it("warns of a partial match with how many objects are not here", () => {
    const said = feedStatementText({ kind: "partial", overlap: { known: 3, unknown: 5 } }, feed);
    expect(said.mismatch).toBe(true);
    expect(said.text).toBe("⚠ feed partly for another configuration (site.json + 1 more)");
    expect(said.detail).toContain(
      "5 objects it has figures for are not in the configuration open here; 3 are.",
    );
  });

  it("warns before any figure arrives when the fingerprints differ", () => {
    const said = feedStatementText({ kind: "differs" }, feed);
    expect(said.mismatch).toBe(true);
    expect(said.detail).toContain("No figures have arrived yet to compare them by object.");
  });

  it("says an older server does not state its configuration", () => {
    expect(feedStatementText({ kind: "unstated" }, null)).toEqual({
      text: "configuration not stated",
      detail: "The server does not say which configuration its live feed is for.",
      mismatch: false,
    });
  });
});
