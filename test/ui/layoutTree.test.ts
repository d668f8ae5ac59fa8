import { describe, expect, it } from "vitest";
import type { NodeId } from "../../src/model/config/ids";
import { cullToViewport } from "../../src/ui/features/tree/cullToViewport";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import { shownChildCount } from "../../src/ui/shared/hierarchy/ShownNodes";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import {
  COLUMN_GAP,
  indexOfNode,
  kindAt,
  layoutTree,
  nameAt,
  NODE_HEIGHT,
  NODE_WIDTH,
  type TreeLayout,
} from "../../src/ui/shared/tree/layoutTree";
import { sampleHierarchy } from "./hierarchyFixture";

const { hierarchy, at: node } = sampleHierarchy();
const whole = wholeHierarchy(hierarchy);
const all = new Set(
  [
    "t:Environment",
    "c:Sales",
    "c:Retention",
    "cg:Sales/Team A",
    "ccl:Sales/Leads",
    "ccl:Retention/Leads",
  ].map(node),
);
const names = (layout: TreeLayout) => Array.from(layout.nodes, (_, i) => nameAt(layout, i));

/** A shown mask keeping these fixture nodes. */
function mask(...ids: string[]): Uint8Array {
  const shown = new Uint8Array(hierarchy.size);
  for (const id of ids) shown[node(id)] = 1;
  return shown;
}

describe("layoutTree", () => {
  it("lays out only the open part, one column per level, without the root", () => {
    const layout = layoutTree(whole, new Set([node("t:Environment")]));
    expect(names(layout)).toEqual(["Environment", "Sales", "Retention"]);
    expect([...layout.x]).toEqual([0, NODE_WIDTH + COLUMN_GAP, NODE_WIDTH + COLUMN_GAP]);
    expect([...layout.parent]).toEqual([-1, 0, 0]);
    expect([...layout.hasChildren]).toEqual([1, 1, 1]);
  });

  it("lists the laid-out nodes as NodeIds, and finds each one's index by NodeId", () => {
    const layout = layoutTree(whole, new Set([node("t:Environment")]));
    expect([...layout.nodes]).toEqual([
      node("t:Environment"),
      node("c:Sales"),
      node("c:Retention"),
    ]);
    expect(layout.indexOf).toBeInstanceOf(Int32Array);
    expect(layout.indexOf).toHaveLength(hierarchy.size);
    expect(indexOfNode(layout, node("c:Retention"))).toBe(2);
    expect(indexOfNode(layout, node("cg:Sales/Team A"))).toBe(-1);
    expect(indexOfNode(layout, null)).toBe(-1);
    expect(kindAt(layout, 1)).toBe("campaign");
  });

  it("starts from the top nodes it is given (a focused node) and counts depth from them", () => {
    const scope = { hierarchy, top: [node("c:Sales")], shown: null };
    const layout = layoutTree(scope, all);
    expect(names(layout)).toEqual(["Sales", "Team A", "Agents", "Leads", "Leads"]);
    expect([...layout.depth]).toEqual([1, 2, 3, 2, 3]);
    expect(layout.x[0]).toBe(0);
  });

  it("lays out only the children the shown mask keeps, and offers no expand control without any", () => {
    const shown = mask("t:Environment", "c:Sales", "cg:Sales/Team A", "c:Retention");
    const scope = { hierarchy, top: [node("t:Environment")], shown };
    const layout = layoutTree(scope, all);
    expect(names(layout)).toEqual(["Environment", "Sales", "Team A", "Retention"]);
    const at = (id: string) => indexOfNode(layout, node(id));
    // Team A's agent group and Retention's calling list are filtered out.
    expect(layout.hasChildren[at("cg:Sales/Team A")]).toBe(0);
    expect(layout.hasChildren[at("c:Retention")]).toBe(0);
    expect(shownChildCount(scope, node("c:Sales"))).toBe(1);
    expect(shownChildCount(whole, node("c:Sales"))).toBe(2);
  });

  it("marks a closed node with drawn children as having children", () => {
    const layout = layoutTree(whole, new Set<NodeId>());
    expect(names(layout)).toEqual(["Environment"]);
    expect([...layout.hasChildren]).toEqual([1]);
  });

  it("keeps siblings from overlapping and starts the drawing at y = 0", () => {
    const layout = layoutTree(whole, all);
    const sorted = [...layout.byY].map((i) => layout.y[i]!);
    expect(Math.min(...sorted)).toBe(0);
    const leaves = Array.from(layout.nodes, (_, i) => i)
      .filter((i) => kindAt(layout, i) === "groupAgents" || kindAt(layout, i) === "callingList")
      .map((i) => layout.y[i]!)
      .sort((p, q) => p - q);
    for (let k = 1; k < leaves.length; k++) {
      expect(leaves[k]! - leaves[k - 1]!).toBeGreaterThanOrEqual(NODE_HEIGHT);
    }
    expect(layout.height).toBe(Math.max(...sorted) + NODE_HEIGHT);
  });

  it("gives each node's parent as its layout index", () => {
    const layout = layoutTree(whole, all);
    for (let i = 0; i < layout.nodes.length; i++) {
      const parent = hierarchy.parent(layout.nodes[i]! as NodeId);
      expect(layout.parent[i]).toBe(parent === 0 ? -1 : indexOfNode(layout, parent));
    }
  });
});

describe("layoutTree on a deep hierarchy", () => {
  it("lays out a chain of open nodes deeper than a recursive walk could go", () => {
    const DEPTH = 30_000;
    const builder = new HierarchyBuilder();
    builder.open("root", "", null, null);
    for (let d = 0; d < DEPTH - 1; d++) builder.open("campaignGroup", `g${d}`, null, null);
    builder.leaf("agent", "last", null, null);
    for (let d = 0; d < DEPTH; d++) builder.close();
    const deep = builder.finish();
    const open = new Set(Array.from({ length: DEPTH }, (_, n) => n as NodeId));
    const layout = layoutTree(wholeHierarchy(deep), open);
    expect(layout.nodes).toHaveLength(DEPTH);
    expect(layout.depth[DEPTH - 1]).toBe(DEPTH);
    expect(layout.y.every((y) => y === 0)).toBe(true);
    expect(layout.width).toBe((DEPTH - 1) * (NODE_WIDTH + COLUMN_GAP) + NODE_WIDTH);
  });
});

describe("cullToViewport", () => {
  it("returns only the nodes whose boxes meet the viewport", () => {
    const layout = layoutTree(whole, all);
    const firstColumn = cullToViewport(layout, {
      left: 0,
      top: 0,
      right: NODE_WIDTH / 2,
      bottom: layout.height,
    });
    expect(firstColumn.map((i) => nameAt(layout, i))).toEqual(["Environment"]);
    const everything = cullToViewport(layout, {
      left: 0,
      top: 0,
      right: layout.width,
      bottom: layout.height,
    });
    expect(everything).toHaveLength(layout.nodes.length);
  });
});
