import { hierarchy as d3Hierarchy, tree, type HierarchyNode } from "d3-hierarchy";
import { describe, expect, it } from "vitest";
import { asNodeId, type NodeId } from "../../src/model/config/ids";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import type { Pivot } from "../../src/model/hierarchy/NodeKind";
import { loadConfig } from "../../src/model/loadConfig";
import { createRandom } from "../../src/model/random/createRandom";
import { openToLevel } from "../../src/ui/shared/hierarchy/openToLevel";
import {
  hasShownChildren,
  wholeHierarchy,
  type ShownNodes,
} from "../../src/ui/shared/hierarchy/ShownNodes";
import { filterHierarchy } from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import {
  COLUMN_GAP,
  layoutTree,
  NODE_HEIGHT,
  NODE_WIDTH,
} from "../../src/ui/shared/tree/layoutTree";
import { tidyTree } from "../../src/ui/shared/tree/tidyTree";

// The reference is d3-hierarchy's tree(), whose algorithm tidyTree implements over typed
// arrays: the positions must be the same numbers, not merely close.

const SLOT = NODE_HEIGHT + 10;

/** d3's breadth positions of a forest given by parents in pre-order, under one unseen root. */
function d3Positions(parentOf: Int32Array, nodeSize: number, cousins: number): number[] {
  const children: number[][] = Array.from({ length: parentOf.length + 1 }, () => []);
  const ROOT = parentOf.length;
  parentOf.forEach((p, v) => children[p < 0 ? ROOT : p]!.push(v));
  const root = d3Hierarchy<number>(ROOT, (v) => (children[v]!.length > 0 ? children[v] : null));
  tree<number>()
    .nodeSize([nodeSize, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : cousins))(root);
  const x: number[] = new Array<number>(parentOf.length);
  root.each((d) => {
    if (d.data !== ROOT) x[d.data] = d.x!;
  });
  return x;
}

/** A random forest in pre-order: each node's parent is on the path to the node before it. */
function randomForest(seed: number, size: number, deep: number): Int32Array {
  const random = createRandom(seed);
  const parent = new Int32Array(size);
  const path: number[] = [];
  for (let v = 0; v < size; v++) {
    // Mostly stay deep or go one deeper, sometimes climb back towards the roots.
    const keep = random.chance(deep) ? path.length : random.int(path.length + 1);
    path.length = keep;
    parent[v] = keep === 0 ? -1 : path[keep - 1]!;
    path.push(v);
  }
  return parent;
}

/** The layout as d3 made it: every laid-out node's top and left, by NodeId. */
function d3Layout(shownNodes: ShownNodes, expanded: ReadonlySet<NodeId>) {
  const { hierarchy, top, shown } = shownNodes;
  const { end, childCount } = hierarchy.columns;
  const shownChildren = (n: number): number[] | null => {
    if (childCount[n] === 0) return null;
    const list: number[] = [];
    for (let c = n + 1; c < end[n]!; c = end[c]!) if (!shown || shown[c]) list.push(c);
    return list.length > 0 ? list : null;
  };
  const root = d3Hierarchy<number>(-1, (n) =>
    n === -1 ? [...top] : expanded.has(asNodeId(n)) ? shownChildren(n) : null,
  );
  tree<number>()
    .nodeSize([SLOT, NODE_WIDTH + COLUMN_GAP])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(root);
  const laidOut = root.descendants().slice(1);
  const minTop = Math.min(...laidOut.map((d) => d.x! - NODE_HEIGHT / 2));
  const place = (d: HierarchyNode<number>) => ({
    node: d.data,
    left: (d.depth - 1) * (NODE_WIDTH + COLUMN_GAP),
    top: d.x! - NODE_HEIGHT / 2 - minTop,
    parent: d.depth > 1 ? d.parent!.data : -1,
    hasChildren: d.children !== undefined || hasShownChildren(shownNodes, asNodeId(d.data)),
  });
  // d3 lists descendants breadth first; the layout is in pre-order.
  const placed: ReturnType<typeof place>[] = [];
  root.eachBefore((d) => {
    if (d.data !== -1) placed.push(place(d));
  });
  return placed;
}

function expectSameAsD3(shownNodes: ShownNodes, expanded: ReadonlySet<NodeId>): number {
  const layout = layoutTree(shownNodes, expanded);
  const expected = d3Layout(shownNodes, expanded);
  const nodeAt = (i: number) => layout.nodes[i]!;
  const actual = Array.from(layout.nodes, (node, i) => ({
    node,
    left: layout.x[i]!,
    top: layout.y[i]!,
    parent: layout.parent[i]! < 0 ? -1 : nodeAt(layout.parent[i]!),
    hasChildren: layout.hasChildren[i] === 1,
  }));
  expect(actual).toEqual(expected);
  const bottom = Math.max(0, ...expected.map((p) => p.top + NODE_HEIGHT));
  const right = Math.max(0, ...expected.map((p) => p.left + NODE_WIDTH));
  expect(layout.height).toBe(bottom);
  expect(layout.width).toBe(right);
  return expected.length;
}

function generated(objects: number, seed: number, pivot: Pivot): Hierarchy {
  const { text } = generateConfig({ objects, seed, defects: 0.05 });
  const content = new TextEncoder().encode(text);
  return buildHierarchy(loadConfig([{ path: "generated.json", content }]), pivot);
}

function everyParent(hierarchy: Hierarchy): Set<NodeId> {
  const open = new Set<NodeId>();
  for (let n = 1; n < hierarchy.size; n++) {
    if (hierarchy.childCount(asNodeId(n)) > 0) open.add(asNodeId(n));
  }
  return open;
}

describe("tidyTree", () => {
  it("places random forests exactly where d3-hierarchy's tree() does", () => {
    for (const [seed, size, deep] of [
      [1, 1, 0.5],
      [2, 2, 0],
      [3, 40, 0.3],
      [4, 500, 0.6],
      [5, 3000, 0.8],
      [6, 3000, 0.2],
    ] as const) {
      const parent = randomForest(seed, size, deep);
      expect([...tidyTree(parent, 1.25)], `seed ${seed}`).toEqual(d3Positions(parent, 1, 1.25));
      expect([...tidyTree(parent, 2)].map((x) => x * SLOT)).toEqual(d3Positions(parent, SLOT, 2));
    }
  });

  it("lays out an empty forest, and a chain too deep for a recursive walk", () => {
    expect(tidyTree(new Int32Array(0), 1.25)).toHaveLength(0);
    const chain = Int32Array.from({ length: 200_000 }, (_, v) => v - 1);
    const x = tidyTree(chain, 1.25);
    expect(x.every((position) => position === 0)).toBe(true);
  });

  it("puts a parent over the middle of its children, siblings 1 apart and cousins 1.25", () => {
    // 0 ─ 1, 2, 3;  4 ─ 5. Node 5 is pushed 1.25 below 3, its parent 4 with it, and the
    // unseen root's position (between 0 and 4) is 0.
    const x = tidyTree(Int32Array.from([-1, 0, 0, 0, -1, 4]), 1.25);
    expect([...x]).toEqual([-1.125, -2.125, -1.125, -0.125, 1.125, 1.125]);
  });
});

describe("layoutTree, against d3-hierarchy", () => {
  const pivots: Pivot[] = ["campaign", "callingList", "group"];

  it("matches on generated configurations in every pivot, at several open levels", () => {
    for (const [objects, seed] of [
      [60, 1],
      [800, 2],
      [5000, 3],
    ] as const) {
      for (const pivot of pivots) {
        const hierarchy = generated(objects, seed, pivot);
        const whole = wholeHierarchy(hierarchy);
        expectSameAsD3(whole, new Set());
        for (const level of [2, 3, 4]) expectSameAsD3(whole, new Set(openToLevel(whole, level)));
        expect(expectSameAsD3(whole, everyParent(hierarchy))).toBe(hierarchy.size - 1);
      }
    }
  });

  it("matches with an open set that leaves some open nodes under closed ones", () => {
    const hierarchy = generated(3000, 4, "campaign");
    const random = createRandom(9);
    const open = new Set([...everyParent(hierarchy)].filter(() => random.chance(0.6)));
    expectSameAsD3(wholeHierarchy(hierarchy), open);
  });

  it("matches under a focus, a filter, and both", () => {
    for (const pivot of pivots) {
      const hierarchy = generated(3000, 5, pivot);
      const all = everyParent(hierarchy);
      const focus = hierarchy.children(hierarchy.children(Hierarchy.ROOT)[0]!)[1]!;
      const subtree = hierarchy.end(focus) - focus;
      expect(expectSameAsD3({ hierarchy, top: [focus], shown: null }, all)).toBe(subtree);

      const matches = (n: NodeId) => n % 7 === 0;
      const candidates = Array.from({ length: Math.ceil(hierarchy.size / 7) }, (_, i) =>
        asNodeId(i * 7),
      );
      const filter = { matches, candidates };
      const filtered = { hierarchy, ...filterHierarchy(hierarchy, { ...filter, focus: null }) };
      const laidOut = expectSameAsD3(filtered, all);
      expect(laidOut).toBeGreaterThan(hierarchy.size / 7);
      expect(laidOut).toBeLessThan(hierarchy.size - 1);
      expectSameAsD3(filtered, new Set(filtered.paths.slice(0, filtered.paths.length >> 1)));

      const focused = filterHierarchy(hierarchy, {
        ...filter,
        focus: hierarchy.pathOf(focus),
      });
      const both = { hierarchy, ...focused };
      expect(expectSameAsD3(both, all)).toBeGreaterThan(1);
    }
  });
});
