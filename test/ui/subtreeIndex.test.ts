import { describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { buildHierarchy } from "../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../src/model/loadConfig";
import { nodeAtIndex } from "../../src/ui/shared/tree/layoutTree";
import { heightOfSiblingsAtLeast, indexSubtrees } from "../../src/ui/features/tree/subtreeIndex";
import { layoutAllOpen } from "./levelOfDetail.fixture";

const { text } = generateConfig({ objects: 1500, seed: 11, defects: 0.1 });
const hierarchy = buildHierarchy(loadConfig([{ path: "generated.json", content: text }]));
const layout = layoutAllOpen(hierarchy);
const severity = new Uint8Array(layout.nodes.length).map((_, i) => (i % 7 === 0 ? 3 : 0));
const index = indexSubtrees(layout, severity);

describe("indexSubtrees", () => {
  it("lists each depth's nodes top to bottom in index order, as the tidy tree keeps them", () => {
    for (const column of index.columns) {
      for (let c = 1; c < column.length; c++) {
        expect(column[c]!).toBeGreaterThan(column[c - 1]!);
        expect(layout.y[column[c]!]!).toBeGreaterThan(layout.y[column[c - 1]!]!);
      }
    }
  });

  it("gives each subtree as the index range of its node and all its descendants", () => {
    // Everything is open, so a laid-out subtree is the hierarchy's subtree.
    expect(layout.nodes).toHaveLength(hierarchy.size - 1);
    for (let i = 0; i < layout.nodes.length; i += 37) {
      const n = nodeAtIndex(layout, i);
      expect(index.end[i]! - i).toBe(hierarchy.end(n) - n);
    }
  });

  it("carries the worst severity of a subtree up to its root", () => {
    for (let i = 0; i < layout.nodes.length; i += 53) {
      let worst = 0;
      for (let j = i; j < index.end[i]!; j++) worst = Math.max(worst, severity[j]!);
      expect(index.worst[i]).toBe(worst);
    }
  });

  it("sums the heights of the children at least so tall, as a walk over them would", () => {
    const column = index.columns[1]!;
    const parentOf = (c: number) => layout.parent[column[c]!];
    let from = 0;
    for (let c = 1; c <= column.length; c++) {
      if (c < column.length && parentOf(c) === parentOf(from)) continue;
      for (const min of [0, 100, 1000, 10_000]) {
        let expected = 0;
        for (let j = from; j < c; j++) {
          const h = index.bottom[column[j]!]! - index.top[column[j]!]!;
          if (h >= min) expected += h;
        }
        expect(heightOfSiblingsAtLeast(index, 2, from, c, min)).toBeCloseTo(expected);
      }
      from = c;
    }
  });
});
