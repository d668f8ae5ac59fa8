import { describe, expect, it } from "vitest";
import { frameLevelOfDetail } from "../../src/ui/features/tree/frameLevelOfDetail";
import { nameAt } from "../../src/ui/shared/tree/layoutTree";
import { indexSubtrees } from "../../src/ui/features/tree/subtreeIndex";
import { campaign, layoutAllOpen, rootOf, tenant } from "./levelOfDetail.fixture";

describe("frameLevelOfDetail", () => {
  it("names each labelled block, with its kind, size and worst finding, for the list beside the canvas", () => {
    const root = rootOf(tenant("Env", [campaign("Big", 4, 50), campaign("Tiny", 1, 3)]));
    const layout = layoutAllOpen(root.hierarchy);
    const severity = new Uint8Array(layout.nodes.length);
    severity[layout.nodes.findIndex((_, i) => nameAt(layout, i) === "agent2.7")] = 3;
    const index = indexSubtrees(layout, severity);
    const screen = { k: 0.1, kx: 0.1, tx: 0, ty: 0, width: 1000, height: layout.height * 0.1 };
    const { drawnBlocks, labels } = frameLevelOfDetail(
      layout,
      index,
      severity,
      screen,
      (text) => text.length * 7,
    );
    expect(drawnBlocks.map((b) => [b.kind, b.text, b.worst])).toEqual(
      expect.arrayContaining([
        ["campaignGroup", "Big@G2 · 50 objects", 3],
        ["campaignGroup", "Big@G0 · 50 objects", 0],
        ["campaign", "Tiny · 4 objects", 0],
      ]),
    );
    expect(drawnBlocks).toHaveLength(5);
    const big2 = drawnBlocks.find((b) => b.text.startsWith("Big@G2"))!;
    expect(big2.node).toBe(root.at("cg:Big/G2"));
    expect(labels.length).toBeGreaterThanOrEqual(drawnBlocks.length);
  });
});
