import { treeOf } from "../../src/model/hierarchy/treeOf";
import { describe, expect, it } from "vitest";
import { generateConfig } from "../../src/model/generate/generateConfig";
import type { HierarchyNode } from "../../src/model/hierarchy/HierarchyNode";
import { indexHierarchy } from "../../src/ui/shared/hierarchy/NodeIndex";
import {
  appearancesOf,
  indexNodes,
  isShared,
  prepareIndex,
} from "../../src/ui/shared/hierarchy/NodeIndex";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";

const allNodes = (root: HierarchyNode): HierarchyNode[] => [
  root,
  ...root.children.flatMap((child) => allNodes(child)),
];

describe("indexNodes", () => {
  const { text } = generateConfig({ objects: 600, seed: 3, defects: 0.1 });
  const pivots = ["campaign", "callingList", "group"] as const;

  it.each(pivots)(
    "finds the %s hierarchy's shared objects and appearances as the model's index does",
    (pivot) => {
      const root = treeOf(analyseConfig([{ path: "g.json", content: text }], pivot).hierarchy);
      const index = indexNodes(root);
      const byId = indexHierarchy(root);
      let shared = 0;
      for (const node of allNodes(root)) {
        const same = node.object ? (byId.appearances.get(node.object) ?? [node.id]) : [node.id];
        const sameKind =
          !node.object || node.kind === "campaignCallingList"
            ? [node.id]
            : same.filter((id) => byId.nodes.get(id)?.kind === node.kind);
        expect(appearancesOf(index, node)).toEqual(sameKind);
        expect(isShared(index, node)).toBe(
          node.kind !== "campaignCallingList" && sameKind.length > 1,
        );
        if (isShared(index, node)) shared++;
      }
      expect(shared).toBeGreaterThan(0);
    },
  );

  it("gives the model's index by id, before and after it is prepared", () => {
    const root = treeOf(analyseConfig([{ path: "g.json", content: text }], "campaign").hierarchy);
    const index = indexNodes(root);
    const byId = indexHierarchy(root);
    expect(index.parentOf).toEqual(byId.parentOf);
    prepareIndex(index);
    expect([...index.nodes.keys()]).toEqual([...byId.nodes.keys()]);
    expect(index.appearances).toEqual(byId.appearances);
    expect(index.maxLevel).toBeGreaterThanOrEqual(4);
    expect(indexNodes(root)).toBe(index);
  });
});
