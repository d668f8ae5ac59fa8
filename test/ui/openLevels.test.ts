import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import { openLevelOf, openToLevel } from "../../src/ui/features/tree/openLevels";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";
import { sampleFixture } from "./treeFixture";

describe("openToLevel and openLevelOf", () => {
  const content = readFileSync("test/ui/fixtures/sales.json", "utf8");
  const { hierarchy } = analyseConfig([{ path: "sales.json", content }], "campaign");
  const scope = { hierarchy, top: hierarchy.children(Hierarchy.ROOT), shown: null };
  const maxLevel = hierarchy.maxDepth;

  it("names the level each choice of Open levels gives, '(all)' included", () => {
    expect(maxLevel).toBeGreaterThan(2);
    for (let level = 1; level <= maxLevel; level += 1) {
      expect(openLevelOf(scope, new Set(openToLevel(scope, level)), maxLevel)).toBe(level);
    }
  });

  it("opens exactly the nodes with children above the level", () => {
    const open = openToLevel(scope, 3);
    expect(open.length).toBeGreaterThan(0);
    for (const n of open) {
      expect(hierarchy.depth(n)).toBeLessThan(3);
      expect(hierarchy.childCount(n)).toBeGreaterThan(0);
    }
  });

  it("says 'as opened' (null) once a node is opened or closed by hand", () => {
    const campaignsOpen = openToLevel(scope, 3);
    const campaigns = campaignsOpen.filter((n) => hierarchy.kind(n) === "campaign");
    expect(campaigns).toHaveLength(2);
    const oneClosed = new Set(campaignsOpen.filter((n) => n !== campaigns[1]));
    expect(openLevelOf(scope, oneClosed, maxLevel)).toBeNull();
  });

  it("opens only what the shown mask keeps, and counts a node whose children are all hidden as a leaf", () => {
    const { hierarchy: h, node } = sampleFixture();
    const shown = new Uint8Array(h.size);
    for (const id of ["t:Environment", "c:Sales", "cg:Sales/Team A", "c:Retention"]) {
      shown[node(id)] = 1;
    }
    const filtered = { hierarchy: h, top: [node("t:Environment")], shown };
    const open = openToLevel(filtered, 5);
    expect(new Set(open)).toEqual(new Set([node("t:Environment"), node("c:Sales")]));
    expect(openLevelOf(filtered, new Set(open), 5)).toBe(5);
  });
});
