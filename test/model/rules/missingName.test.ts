import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/model/loadConfig";
import { findingsOf } from "./findingsOf";
import { campaign, loadMutagen } from "./mutagenFixtures";

describe("missing-name", () => {
  it("flags mutagen's invalid person sample, which has no userName", () => {
    const path = resolve(
      process.cwd(),
      "../shared/samples/mutagen/export-json/persons-invalid-config.json",
    );
    const model = loadConfig([
      { path: "persons-invalid-config.json", content: readFileSync(path, "utf8") },
    ]);
    expect(findingsOf("missing-name", model)).toEqual([
      expect.objectContaining({
        severity: "error",
        kind: "person",
        name: "",
        statId: "emptyCfgObjectTest",
        message: "Person at persons[0] in persons-invalid-config.json has no user name.",
        location: "persons[0]",
      }),
    ]);
  });

  it("flags a blank campaign name and leaves it out of name-whitespace", () => {
    const model = loadMutagen({ campaigns: [campaign("   ")] });
    expect(findingsOf("missing-name", model)[0]?.message).toBe(
      "Campaign at campaigns[0] in config.json has a blank name.",
    );
    expect(findingsOf("name-whitespace", model)).toEqual([]);
  });
});
