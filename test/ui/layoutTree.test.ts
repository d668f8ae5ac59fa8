import { describe, expect, it } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { cullToViewport } from "../../src/ui/features/tree/cullToViewport";
import {
  COLUMN_GAP,
  layoutTree,
  NODE_HEIGHT,
  NODE_WIDTH,
} from "../../src/ui/shared/tree/layoutTree";
import type { HierarchyNode } from "../../src/model/hierarchy/HierarchyNode";
import { sampleTree } from "./hierarchyFixture";

const all = new Set(
  [
    "t:Environment",
    "c:Sales",
    "c:Retention",
    "cg:Sales/Team A",
    "ccl:Sales/Leads",
    "ccl:Retention/Leads",
  ].map(asNodePath),
);

describe("layoutTree", () => {
  it("lays out only the open part, one column per level, without the root", () => {
    const layout = layoutTree(sampleTree(), new Set([asNodePath("t:Environment")]));
    expect(layout.nodes.map((n) => n.name)).toEqual(["Environment", "Sales", "Retention"]);
    expect([...layout.x]).toEqual([0, NODE_WIDTH + COLUMN_GAP, NODE_WIDTH + COLUMN_GAP]);
    expect([...layout.parent]).toEqual([-1, 0, 0]);
  });

  it("never writes onto the hierarchy's own nodes (d3 lays out fresh wrappers)", () => {
    const tree = sampleTree();
    layoutTree(tree, all);
    const keys = new Set<string>();
    const walk = (n: HierarchyNode) => {
      for (const key of Object.keys(n)) keys.add(key);
      n.children.forEach(walk);
    };
    walk(tree);
    expect([...keys].sort()).toEqual(["children", "id", "kind", "name", "object", "statId"]);
  });

  it("keeps siblings from overlapping and starts the drawing at y = 0", () => {
    const layout = layoutTree(sampleTree(), all);
    const sorted = [...layout.byY].map((i) => layout.y[i]!);
    expect(Math.min(...sorted)).toBe(0);
    const leaves = layout.nodes
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => n.kind === "groupAgents" || n.kind === "callingList")
      .map(({ i }) => layout.y[i]!)
      .sort((p, q) => p - q);
    for (let k = 1; k < leaves.length; k++) {
      expect(leaves[k]! - leaves[k - 1]!).toBeGreaterThanOrEqual(NODE_HEIGHT);
    }
    expect(layout.height).toBe(Math.max(...sorted) + NODE_HEIGHT);
  });
});

describe("cullToViewport", () => {
  it("returns only the nodes whose boxes meet the viewport", () => {
    const layout = layoutTree(sampleTree(), all);
    const firstColumn = cullToViewport(layout, {
      left: 0,
      top: 0,
      right: NODE_WIDTH / 2,
      bottom: layout.height,
    });
    expect(firstColumn.map((i) => layout.nodes[i]!.name)).toEqual(["Environment"]);
    const everything = cullToViewport(layout, {
      left: 0,
      top: 0,
      right: layout.width,
      bottom: layout.height,
    });
    expect(everything).toHaveLength(layout.nodes.length);
  });
});
