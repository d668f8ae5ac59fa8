import { zoomIdentity } from "d3-zoom";
import { describe, expect, it } from "vitest";
import { nameAt } from "../../src/ui/shared/tree/layoutTree";
import { planLevelOfDetail } from "../../src/ui/features/tree/planLevelOfDetail";
import { indexSubtrees } from "../../src/ui/features/tree/subtreeIndex";
import { blockAt, zoomToBlock } from "../../src/ui/features/tree/zoomToBlock";
import { campaign, layoutAllOpen, rootOf, tenant } from "./levelOfDetail.fixture";

const root = rootOf(
  tenant("Env", [campaign("Big", 4, 50), campaign("Mid", 2, 50), campaign("Tiny", 1, 3)]),
);
const layout = layoutAllOpen(root.hierarchy);
const index = indexSubtrees(layout, new Uint8Array(layout.nodes.length));
const screen = { k: 0.1, kx: 0.1, tx: 0, ty: 0, width: 1000, height: 2100 };
const lod = planLevelOfDetail(layout, index, screen);
const named = (name: string) => lod.blocks.find((b) => nameAt(layout, b.root) === name)!;

describe("blockAt", () => {
  it("finds the block drawn under a point, and none between blocks", () => {
    const group = named("Big@G1");
    const middle = (group.top + group.bottom) / 2;
    expect(blockAt(lod, group.left + 5, middle)).toBe(group);
    expect(blockAt(lod, group.left - 50, middle)).toBeNull();
  });
});

describe("zoomToBlock", () => {
  it("brings the block to the middle of the view, its height filling most of it", () => {
    const group = named("Mid@G0");
    const now = zoomIdentity.scale(0.1);
    const t = zoomToBlock(layout, index, group, { width: 1000, height: 800, transform: now }, [
      group.left + 5,
      group.top + 5,
    ]);
    const top = t.y + index.top[group.root]! * t.k;
    const bottom = t.y + index.bottom[group.root]! * t.k;
    expect((top + bottom) / 2).toBeCloseTo(400);
    expect(bottom - top).toBeCloseTo(0.85 * 800);
    // Zoomed in so, the group's agents have room: it opens into shapes.
    const closer = planLevelOfDetail(layout, index, {
      ...screen,
      k: t.k,
      kx: t.k,
      tx: t.x,
      ty: t.y,
      height: 800,
    });
    expect(closer.blocks.map((b) => b.root)).not.toContain(group.root);
  });

  it("zooms further in where it was clicked when the block already fills the view", () => {
    const group = named("Mid@G0");
    const fill = (0.85 * 800) / (index.bottom[group.root]! - index.top[group.root]!);
    const now = zoomIdentity.translate(0, 400 - index.top[group.root]! * fill).scale(fill);
    const t = zoomToBlock(
      layout,
      index,
      group,
      { width: 1000, height: 800, transform: now },
      [500, 600],
    );
    expect(t.k).toBeCloseTo(fill * 4);
    // The layout point clicked is now in the middle of the view.
    const clickedY = (600 - now.y) / now.k;
    expect(t.y + clickedY * t.k).toBeCloseTo(400);
  });
});
