import { treeOf } from "../../src/model/hierarchy/treeOf";
import { describe, expect, it } from "vitest";
import type { NodePath } from "../../src/model/config/ids";
import { readFileSync } from "node:fs";
import { indexNodes, openToLevel } from "../../src/ui/shared/hierarchy/NodeIndex";
import { openLevelOf } from "../../src/ui/shared/hierarchy/openLevelOf";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";

describe("openLevelOf", () => {
  const content = readFileSync("test/ui/fixtures/sales.json", "utf8");
  const root = treeOf(analyseConfig([{ path: "sales.json", content }], "campaign").hierarchy);
  const index = indexNodes(root);

  it("names the level each choice of Open levels gives, '(all)' included", () => {
    for (let level = 1; level <= index.maxLevel; level += 1) {
      expect(openLevelOf(root, new Set(openToLevel(root, level)), index.maxLevel)).toBe(level);
    }
  });

  it("says 'as opened' (null) once a node is opened or closed by hand", () => {
    const campaignsOpen = openToLevel(root, 3);
    expect(campaignsOpen.filter((id) => id.includes("campaign:"))).toHaveLength(2);
    const retentionClosed = new Set<NodePath>(
      campaignsOpen.filter((id) => !id.endsWith("campaign:Retention")),
    );
    expect(openLevelOf(root, retentionClosed, index.maxLevel)).toBeNull();
  });
});
