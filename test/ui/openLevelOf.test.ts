import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { maxLevelOf } from "../../src/ui/shared/hierarchy/maxLevelOf";
import { openLevelOf } from "../../src/ui/shared/hierarchy/openLevelOf";
import { openToLevel } from "../../src/ui/shared/hierarchy/openToLevel";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { filterHierarchy } from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";

describe("openToLevel and openLevelOf", () => {
  const content = readFileSync("test/ui/fixtures/sales.json", "utf8");
  const { hierarchy } = analyseConfig([{ path: "sales.json", content }], "campaign");
  const whole = wholeHierarchy(hierarchy);
  const maxLevel = hierarchy.maxDepth;

  it("names the level each choice of Open levels gives, '(all)' included", () => {
    expect(maxLevel).toBeGreaterThanOrEqual(4);
    for (let level = 1; level <= maxLevel; level += 1) {
      expect(openLevelOf(whole, new Set(openToLevel(whole, level)), maxLevel)).toBe(level);
    }
  });

  it("opens the nodes with children above the level, tenants and campaigns for 3", () => {
    const open = openToLevel(whole, 3).map((n) => hierarchy.kind(n));
    expect(open.filter((kind) => kind === "campaign")).toHaveLength(2);
    expect(new Set(open)).toEqual(new Set(["tenant", "campaign"]));
  });

  it("says 'as opened' (null) once a node is opened or closed by hand", () => {
    const campaignsOpen = openToLevel(whole, 3);
    const retention = hierarchy.nodeAt("tenant:Environment/campaign:Retention")!;
    const retentionClosed = new Set(campaignsOpen.filter((n) => n !== retention));
    expect(openLevelOf(whole, retentionClosed, maxLevel)).toBeNull();
  });

  it("counts levels from a focused node, and over the shown nodes only", () => {
    const sales = hierarchy.nodeAt("tenant:Environment/campaign:Sales")!;
    const focused = { hierarchy, top: [sales], shown: null };
    expect(openToLevel(focused, 2)).toEqual([sales]);
    expect(openLevelOf(focused, new Set([sales]), maxLevel)).toBe(2);
    const filtered = filterHierarchy(hierarchy, {
      matches: (n) => n === sales,
      candidates: [sales],
      focus: null,
    });
    const shown = { hierarchy, top: filtered.top, shown: filtered.shown };
    // Sales matches alone: its children are not shown, so it has nothing to open.
    expect(openToLevel(shown, maxLevel)).toEqual(hierarchy.ancestors(sales));
    expect(openLevelOf(shown, new Set(hierarchy.ancestors(sales)), maxLevel)).toBe(maxLevel);
  });
});

describe("maxLevelOf", () => {
  const content = readFileSync("test/ui/fixtures/sales.json", "utf8");
  const { hierarchy } = analyseConfig([{ path: "sales.json", content }], "campaign");
  const sales = hierarchy.nodeAt("tenant:Environment/campaign:Sales")!;

  it("is the hierarchy's depth when everything is shown", () => {
    expect(maxLevelOf(wholeHierarchy(hierarchy))).toBe(hierarchy.maxDepth);
  });

  it("counts from a focused node, and over the shown nodes only", () => {
    expect(maxLevelOf({ hierarchy, top: [sales], shown: null })).toBe(
      hierarchy.maxDepth - hierarchy.depth(sales) + 1,
    );
    const filtered = filterHierarchy(hierarchy, {
      matches: (n) => n === sales,
      candidates: [sales],
      focus: null,
    });
    expect(maxLevelOf({ hierarchy, top: filtered.top, shown: filtered.shown })).toBe(
      hierarchy.depth(sales),
    );
    expect(maxLevelOf({ hierarchy, top: [], shown: new Uint8Array(hierarchy.size) })).toBe(0);
  });
});
