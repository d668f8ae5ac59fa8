import { describe, expect, it } from "vitest";
import { diffModels } from "../../../src/model/diff/diffModels";
import { buildScenario } from "../../../src/model/generate/buildScenario";
import { createRandom } from "../../../src/model/random/createRandom";
import type { GenConfig } from "../../../src/model/generate/GeneratedConfig";
import { NameRegistry } from "../../../src/model/generate/NameRegistry";
import { writeMutagenJson } from "../../../src/model/generate/writeMutagenJson";
import { writeMutagenRaw } from "../../../src/model/generate/writeMutagenRaw";
import { loadConfig } from "../../../src/model/loadConfig";

/** Renames 12 campaigns and changes the dial mode of 12 campaign groups. */
function plant(config: GenConfig): { renamed: string[]; redialled: string[] } {
  const campaigns = config.campaigns.filter((_, i) => i % 5 === 0).slice(0, 12);
  for (const c of campaigns) c.name = `${c.name}_v2`;
  const redialled: string[] = [];
  config.campaignGroups = config.campaignGroups.map((g, i) => {
    if (i % 7 !== 0 || redialled.length >= 12) return g;
    redialled.push(g.name);
    return { ...g, dialMode: g.dialMode === "Predict" ? "Progress" : "Predict" };
  });
  return { renamed: campaigns.map((c) => c.name), redialled };
}

describe("diffModels on generated snapshots", () => {
  it.each([
    ["mutagen RAW (renames by DBID)", writeMutagenRaw, "dbid"],
    ["mutagen JSON (likely renames)", writeMutagenJson, "likely"],
  ] as const)("%s: finds exactly the planted renames and dial modes", (_, write, match) => {
    const config = buildScenario(5_000, createRandom(11), new NameRegistry());
    const before = loadConfig([{ path: "before.json", content: write(config) }]);
    const planted = plant(config);
    const after = loadConfig([{ path: "after.json", content: write(config) }]);
    const diff = diffModels(before, after);

    const renamed = diff.changes.filter((c) => c.type === "renamed");
    expect(renamed.map((c) => c.name).sort()).toEqual([...planted.renamed].sort());
    expect(renamed.every((c) => c.kind === "campaign" && c.rename?.match === match)).toBe(true);
    const dialModes = diff.changes.filter((c) =>
      c.fields.some((f) => f.type === "value" && f.field === "dialMode"),
    );
    expect(dialModes).toHaveLength(12);
    expect(diff.counts).toMatchObject({ added: 0, removed: 0, renamed: 12, moved: 0 });
    expect(diff.changes).toHaveLength(24);
  });
});
