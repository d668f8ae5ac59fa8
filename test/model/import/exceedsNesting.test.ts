import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { exceedsNesting } from "../../../src/model/import/exceedsNesting";
import { ConfigImportError } from "../../../src/model/import/ConfigImportError";
import { loadConfig } from "../../../src/model/loadConfig";

const SMALL = resolve(__dirname, "../../../public/samples/small-clean.json");
const nested = (depth: number): unknown => JSON.parse(`${"[".repeat(depth)}1${"]".repeat(depth)}`);

describe("exceedsNesting", () => {
  it("counts each list or object as one level, and scalars as none", () => {
    expect(exceedsNesting(1, 0)).toBe(false);
    expect(exceedsNesting([1], 1)).toBe(false);
    expect(exceedsNesting([1], 0)).toBe(true);
    expect(exceedsNesting({ a: { b: [] } }, 3)).toBe(false);
    expect(exceedsNesting({ a: { b: [] } }, 2)).toBe(true);
    expect(exceedsNesting(nested(100), 100)).toBe(false);
    expect(exceedsNesting(nested(101), 100)).toBe(true);
  });

  it("walks a million levels without overflowing the stack", () => {
    expect(exceedsNesting(nested(1_000_000), 100)).toBe(true);
  });
});

describe("importers and deeply nested unmodelled fields", () => {
  it("refuse one nested past 100 levels with the file and the field's JSON path", () => {
    const data = JSON.parse(readFileSync(SMALL, "utf8")) as {
      agentGroups: { group: Record<string, unknown> }[];
    };
    data.agentGroups[0]!.group.options = nested(150);
    const text = JSON.stringify(data);
    const load = () => loadConfig([{ path: "site.json", content: text }]);
    expect(load).toThrow(ConfigImportError);
    expect(load).toThrow(
      "site.json: agentGroups[0].group.options: nested more than 100 levels deep: not a configuration value",
    );
  });
});
