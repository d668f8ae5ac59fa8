import { describe, expect, it } from "vitest";
import { nameAt, NODE_HEIGHT } from "../../src/ui/shared/tree/layoutTree";
import { blockLabelText } from "../../src/ui/features/tree/lodLabels";
import {
  planLevelOfDetail,
  ROOM_PER_CHILD_PX,
  type ScreenMapping,
} from "../../src/ui/features/tree/planLevelOfDetail";
import { indexSubtrees, type SubtreeIndex } from "../../src/ui/features/tree/subtreeIndex";
import { campaign, layoutAllOpen, rootOf, tenant } from "./levelOfDetail.fixture";

function plan(root: ReturnType<typeof rootOf>, screen: Partial<ScreenMapping> & { k: number }) {
  const layout = layoutAllOpen(root.hierarchy);
  const index = indexSubtrees(layout, new Uint8Array(layout.nodes.length));
  const mapping: ScreenMapping = {
    kx: screen.k,
    tx: 0,
    ty: 0,
    width: 1000,
    height: layout.height * screen.k + 1,
    ...screen,
  };
  const result = planLevelOfDetail(layout, index, mapping);
  const names = (indices: readonly number[]) => indices.map((i) => nameAt(layout, i)).sort();
  return {
    layout,
    index,
    result,
    blocks: names(result.blocks.map((b) => b.root)),
    shapes: names(result.nodes),
  };
}

const threeCampaigns = () =>
  rootOf(tenant("Env", [campaign("Big", 4, 50), campaign("Mid", 2, 50), campaign("Tiny", 1, 3)]));

describe("planLevelOfDetail", () => {
  it("draws every node as a shape, and no block, when each row has room for a label", () => {
    const k = ROOM_PER_CHILD_PX / NODE_HEIGHT + 0.01;
    const { result, layout } = plan(threeCampaigns(), { k });
    expect(result.blocks).toEqual([]);
    expect(result.nodes).toHaveLength(layout.nodes.length);
  });

  it("turns agent groups whose agents no longer get a line into blocks, keeping their campaigns as shapes", () => {
    const { blocks, shapes } = plan(threeCampaigns(), { k: 0.1 });
    expect(blocks).toEqual(["Big@G0", "Big@G1", "Big@G2", "Big@G3", "Mid@G0", "Mid@G1", "Tiny"]);
    expect(shapes).toEqual(["Big", "Env", "Mid"]);
  });

  it("keeps a campaign whose only group is too small to divide as one block under the campaign's name", () => {
    const { blocks } = plan(threeCampaigns(), { k: 0.1 });
    expect(blocks).toContain("Tiny");
    expect(blocks).not.toContain("Tiny@G0");
  });

  it("shows a tenant of many small campaigns as one block when fitted, and opens it when zoomed in", () => {
    const many = Array.from({ length: 300 }, (_, c) => campaign(`C${c}`, 1, 4));
    const others = [campaign("Solo", 10, 20), campaign("Duo", 10, 20), campaign("Trio", 10, 20)];
    const root = rootOf(tenant("Crowded", many), tenant("Other", others));
    const whole = layoutAllOpen(root.hierarchy).height;
    const fitted = plan(root, { k: 800 / whole, height: 800 });
    expect(fitted.blocks).toContain("Crowded");
    expect(fitted.shapes).not.toContain("C0");
    const closer = plan(root, { k: (800 / whole) * 12, height: 800 });
    expect(closer.blocks).not.toContain("Crowded");
    expect(closer.blocks.filter((name) => /^C\d+$/.test(name)).length).toBeGreaterThan(3);
  });

  it("opens a block that would fill most of the view, its small children one block together", () => {
    const many = Array.from({ length: 300 }, (_, c) => campaign(`C${c}`, 1, 4));
    const root = rootOf(tenant("Alone", many));
    const whole = layoutAllOpen(root.hierarchy).height;
    const { result, layout, index, shapes } = plan(root, { k: 800 / whole, height: 800 });
    expect(shapes).toContain("Alone");
    expect(result.blocks).toHaveLength(1);
    const [run] = result.blocks;
    expect(run!.count).toBe(300);
    expect(nameAt(layout, run!.root)).toBe("C0");
    expect(nameAt(layout, run!.last)).toBe("C299");
    expect(blockLabelText(layout, index, run!)).toBe("300 campaigns · 1,800 objects");
  });

  it("keeps a campaign with room for a label apart from the run of small ones around it", () => {
    const small = (from: number) =>
      Array.from({ length: 40 }, (_, c) => campaign(`S${from + c}`, 1, 2));
    const root = rootOf(tenant("Env", [...small(0), campaign("Large", 1, 60), ...small(40)]));
    const whole = layoutAllOpen(root.hierarchy).height;
    const { result, layout, index } = plan(root, { k: 800 / whole, height: 800 });
    const labels = result.blocks.map((block) => blockLabelText(layout, index, block));
    expect(labels).toEqual(
      expect.arrayContaining(["40 campaigns · 160 objects", "Large · 61 objects"]),
    );
    expect(result.blocks).toHaveLength(3);
  });

  it("looks only at what is on screen: a block scrolled out of view is not planned", () => {
    const root = threeCampaigns();
    const { layout } = plan(root, { k: 0.1 });
    // The view shows the bottom 100 pixels only: Tiny's block, none of Big's.
    const k = 0.1;
    const { blocks } = plan(root, { k, ty: -(layout.height * k - 100), height: 100 });
    expect(blocks).toContain("Tiny");
    expect(blocks).not.toContain("Big@G0");
  });

  it("does no work per node hidden inside a block", () => {
    const root = rootOf(tenant("Env", [campaign("Huge", 4, 5000)]));
    const layout = layoutAllOpen(root.hierarchy);
    const index = indexSubtrees(layout, new Uint8Array(layout.nodes.length));
    let reads = 0;
    const counting = (array: Float64Array) =>
      new Proxy(array, {
        get(target, key) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key) as unknown;
        },
      });
    const watched: SubtreeIndex = {
      ...index,
      top: counting(index.top),
      bottom: counting(index.bottom),
    };
    const k = 800 / layout.height;
    const result = planLevelOfDetail(layout, watched, {
      k,
      kx: 0.3,
      tx: 0,
      ty: 0,
      width: 1000,
      height: 800,
    });
    expect(result.blocks.map((b) => nameAt(layout, b.root)).sort()).toEqual([
      "Huge@G0",
      "Huge@G1",
      "Huge@G2",
      "Huge@G3",
    ]);
    expect(layout.nodes.length).toBeGreaterThan(20_000);
    expect(reads).toBeLessThan(100);
  });

  it("gives each block its extent per depth and its box on screen", () => {
    const { result, layout, index } = plan(threeCampaigns(), { k: 0.1, tx: 10, ty: 5 });
    const block = result.blocks.find((b) => nameAt(layout, b.root) === "Big@G0")!;
    expect(block.bands.map(([depth]) => depth)).toEqual([3, 4]);
    const [, first, last] = block.bands[1]!;
    expect(nameAt(layout, first)).toBe("agent0.0");
    expect(nameAt(layout, last)).toBe("agent0.49");
    expect(block.top).toBeCloseTo(5 + index.top[block.root]! * 0.1);
    expect(block.left).toBeCloseTo(10 + layout.x[block.root]! * 0.1);
  });
});
