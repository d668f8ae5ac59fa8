import { describe, expect, it } from "vitest";
import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { CONFIG_KINDS } from "../../../src/model/config/kinds";
import { GENERATOR_FORMATS, generateConfig } from "../../../src/model/generate/generateConfig";
import { loadConfig } from "../../../src/model/loadConfig";
import { runRules } from "../../../src/model/rules/runRules";

const load = (text: string): ConfigModel => loadConfig([{ path: "generated", content: text }]);
const findingKey = (f: { rule: string; kind: string; tenant: string; name: string }) =>
  `${f.rule} | ${f.kind} | ${f.tenant} | ${f.name}`;

describe("generateConfig", () => {
  describe.each(GENERATOR_FORMATS)("in %s", (format) => {
    it.each([1, 2, 3])("with seed %i, every planted defect yields its finding", (seed) => {
      const { text, manifest } = generateConfig({ objects: 1500, seed, defects: 0.15, format });
      const found = new Set(runRules(load(text)).map(findingKey));
      expect(manifest.findings.length).toBeGreaterThan(40);
      const missing = manifest.findings.map(findingKey).filter((key) => !found.has(key));
      expect(missing).toEqual([]);
    });

    it.each([1, 2, 3])("with seed %i and no defects, the rules find nothing at all", (seed) => {
      const { text, manifest } = generateConfig({ objects: 1500, seed, defects: 0, format });
      expect(manifest.findings).toEqual([]);
      expect(runRules(load(text)).map(findingKey)).toEqual([]);
    });

    it("loads with exactly the object counts the manifest gives, within 5% of the request", () => {
      for (const objects of [200, 5000]) {
        const { text, manifest } = generateConfig({ objects, seed: 9, defects: 0.05, format });
        const model = load(text);
        const counts = Object.fromEntries(CONFIG_KINDS.map((k) => [k, model.byKind[k].length]));
        expect(counts).toEqual(manifest.counts);
        const total = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - objects) / objects).toBeLessThan(0.05);
      }
    });
  });

  it("gives the same text for the same seed and another text for another seed", () => {
    const options = { objects: 800, defects: 0.1, format: "xml" } as const;
    const first = generateConfig({ ...options, seed: 42 });
    expect(generateConfig({ ...options, seed: 42 })).toEqual(first);
    expect(generateConfig({ ...options, seed: 43 }).text).not.toBe(first.text);
  });

  it("plants every kind of defect the rules know, given enough objects", () => {
    const { manifest } = generateConfig({
      objects: 6000,
      seed: 5,
      defects: 0.3,
      format: "mutagen-raw",
    });
    const rules = new Set(manifest.findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual([
      "agent-without-employee-id",
      "ambiguous-group-name",
      "at-sign-in-name",
      "campaign-group-disagreement",
      "campaign-without-calling-lists",
      "campaign-without-groups",
      "confusable-names",
      "disabled-in-use",
      "duplicate-name",
      "empty-group",
      "group-name-mismatch",
      "inactive-calling-list",
      "invisible-character",
      "missing-group",
      "name-too-long",
      "name-whitespace",
      "non-agent-in-agent-group",
      "record-buffer-sizes",
      "unknown-reference",
    ]);
    const mismatches = new Set(
      manifest.findings.filter((f) => f.rule === "group-name-mismatch").map((f) => f.defect),
    );
    expect([...mismatches].sort()).toEqual([
      "another campaign's name",
      "another group's name",
      "another separator",
      "case only",
      "space after @",
      "spaces around @",
      "unrelated name",
    ]);
  });

  it("names tenants, campaigns and groups in Latin with accents, Cyrillic, Greek and CJK", () => {
    const { text } = generateConfig({ objects: 40_000, seed: 1, format: "mutagen-json" });
    const model = load(text);
    expect(model.byKind.tenant.map((t) => t.name)).toContain("Environment");
    expect(model.byKind.tenant.length).toBeGreaterThanOrEqual(5);
    const names = [...model.byKind.campaign, ...model.byKind.agentGroup].map((o) => o.name);
    for (const script of [
      /[À-ž]/u,
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Han}/u,
    ]) {
      expect(names.some((name) => script.test(name))).toBe(true);
    }
  });

  it("shares calling lists and groups between campaigns, and agents between groups", () => {
    const model = load(generateConfig({ objects: 3000, seed: 2, format: "mutagen-raw" }).text);
    const campaignsPerList = new Map<string, number>();
    for (const campaign of model.byKind.campaign) {
      for (const entry of campaign.callingLists) {
        const key = String(entry.callingList.key);
        campaignsPerList.set(key, (campaignsPerList.get(key) ?? 0) + 1);
      }
    }
    expect(Math.max(...campaignsPerList.values())).toBeGreaterThan(1);
    const campaignsPerGroup = new Map<string, Set<string>>();
    for (const cg of model.byKind.campaignGroup) {
      const key = String(cg.group?.key);
      campaignsPerGroup.set(
        key,
        (campaignsPerGroup.get(key) ?? new Set()).add(String(cg.campaign.key)),
      );
    }
    expect(Math.max(...[...campaignsPerGroup.values()].map((s) => s.size))).toBeGreaterThan(1);
    const groupsPerAgent = new Map<string, number>();
    for (const group of model.byKind.agentGroup) {
      for (const agent of group.agents) {
        groupsPerAgent.set(String(agent.key), (groupsPerAgent.get(String(agent.key)) ?? 0) + 1);
      }
    }
    expect(Math.max(...groupsPerAgent.values())).toBeGreaterThan(1);
    expect(model.byKind.placeGroup.length).toBeGreaterThan(0);
    expect(model.byKind.person.every((p) => !p.isAgent || p.employeeId?.startsWith("E"))).toBe(
      true,
    );
  });

  it("writes mutagen JSON without calling-list objects and mutagen RAW with one-item lists bare", () => {
    const json = JSON.parse(generateConfig({ objects: 500, seed: 3 }).text) as object;
    expect(Object.keys(json)).not.toContain("callingLists");
    expect(Object.keys(json)).toContain("campaignGroups");
    const raw = generateConfig({ objects: 500, seed: 3, format: "mutagen-raw" }).text;
    expect(raw).toMatch(/"callingLists": \{\s+"CfgCallingListInfo": \{\s+"callingListDBID"/);
    expect(raw).toMatch(/"callingLists": \{\s+"CfgCallingListInfo": \[/);
    expect(raw).toMatch(/"agentDBIDs": \{\s+"DBID": \[/);
    expect(raw).toMatch(/"CfgGroup": \{\s+"DBID": \d+/);
  });

  it.each(["mutagen-raw", "xml"] as const)(
    "writes some campaign groups in %s only on their campaign's list, read back as the same groups",
    (format) => {
      const { text, manifest } = generateConfig({ objects: 3000, seed: 4, format });
      const model = load(text);
      const listed = model.byKind.campaignGroup.filter((g) => g.listedOnCampaign);
      expect(listed.length).toBeGreaterThan(5);
      expect(model.byKind.campaignGroup).toHaveLength(manifest.counts.campaignGroup);
      expect(listed.every((g) => g.group?.key !== null && g.dialMode !== undefined)).toBe(true);
    },
  );

  it("writes XML whose tabs and markup characters survive as character references", () => {
    const { text } = generateConfig({ objects: 3000, seed: 11, defects: 0.4, format: "xml" });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<ConfData>')).toBe(true);
    expect(text).not.toMatch(/value="[^"]*\t/);
    expect(text).toContain("<callingLists>\n");
  });

  it("generates 100k objects in a few seconds", () => {
    const started = performance.now();
    const { manifest } = generateConfig({
      objects: 100_000,
      seed: 1,
      defects: 0.05,
      format: "xml",
    });
    // A few seconds on a quiet machine; the bound leaves room for a loaded CI box while still
    // catching anything quadratic, which would take minutes.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(manifest.counts.person).toBeGreaterThan(50_000);
  });

  it("rejects options it cannot honour", () => {
    expect(() => generateConfig({ objects: 5, seed: 1 })).toThrow(/from 10 to 1000000, got 5/);
    expect(() => generateConfig({ objects: 999_999_999_999, seed: 1 })).toThrow(
      /from 10 to 1000000, got 999999999999/,
    );
    expect(() => generateConfig({ objects: 100, seed: 1.5 })).toThrow(/seed must be an integer/);
    expect(() => generateConfig({ objects: 100, seed: 1, defects: 2 })).toThrow(/between 0 and 1/);
  });
});
