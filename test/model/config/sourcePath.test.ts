import { describe, expect, it } from "vitest";
import { sourcePath } from "../../../src/model/config/sourcePath";

describe("sourcePath", () => {
  it("writes the list and the index of an object as a JSON path", () => {
    expect(sourcePath({ file: "a.json", path: "campaignGroups", index: 3 })).toBe(
      "campaignGroups[3]",
    );
  });

  it("writes index 0 too", () => {
    expect(sourcePath({ file: "r.json", path: "CFGCampaign", index: 0 })).toBe("CFGCampaign[0]");
  });

  it("gives a path without an index as it is", () => {
    expect(sourcePath({ file: "a.json", path: "campaigns[0].callingLists" })).toBe(
      "campaigns[0].callingLists",
    );
  });
});
