import { describe, expect, it } from "vitest";
import { asNodeId, type NodeId, type ObjectKey } from "../../src/model/config/ids";
import { generateConfig } from "../../src/model/generate/generateConfig";
import type { Pivot } from "../../src/model/hierarchy/NodeKind";
import { appearancesOfNode } from "../../src/ui/shared/hierarchy/appearancesOfNode";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";

describe("appearancesOfNode", () => {
  const { text } = generateConfig({ objects: 600, seed: 3, defects: 0.1 });
  const pivots: Pivot[] = ["campaign", "callingList", "group"];

  it.each(pivots)(
    "gives the %s hierarchy's nodes of one object in one role, which are the shared ones",
    (pivot) => {
      const { hierarchy } = analyseConfig([{ path: "g.json", content: text }], pivot);
      // Counted here the plain way: every node of each object, by kind.
      const byObjectAndKind = new Map<string, NodeId[]>();
      const keyOf = (object: ObjectKey, n: NodeId) => `${object}:${hierarchy.kind(n)}`;
      for (let n = 0; n < hierarchy.size; n++) {
        const node = asNodeId(n);
        const object = hierarchy.object(node);
        if (object === null) continue;
        const list = byObjectAndKind.get(keyOf(object, node));
        if (list) list.push(node);
        else byObjectAndKind.set(keyOf(object, node), [node]);
      }
      let shared = 0;
      for (let n = 0; n < hierarchy.size; n++) {
        const node = asNodeId(n);
        const object = hierarchy.object(node);
        const expected =
          object === null || hierarchy.kind(node) === "campaignCallingList"
            ? [node]
            : byObjectAndKind.get(keyOf(object, node))!;
        expect(appearancesOfNode(hierarchy, node)).toEqual(expected);
        expect(hierarchy.isShared(node)).toBe(expected.length > 1);
        if (hierarchy.isShared(node)) shared++;
      }
      expect(shared).toBeGreaterThan(0);
    },
  );
});
