import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import type { HierarchyNode, Pivot } from "../../../src/model/hierarchy/HierarchyNode";
import { generateConfig } from "../../../src/model/generate/generateConfig";
import { analyseConfig } from "../../../src/ui/worker/analyseConfig";
import { packHierarchy, unpackHierarchy } from "../../../src/ui/worker/PackedHierarchy";
import { fixtureText } from "../renderWorkspace";

const PIVOTS: readonly Pivot[] = ["campaign", "callingList", "group"];

const countNodes = (root: HierarchyNode): number =>
  1 + root.children.reduce((sum, child) => sum + countNodes(child), 0);

describe("packHierarchy", () => {
  it.each(PIVOTS)("gives back the sales fixture's %s hierarchy node for node", (pivot) => {
    const { model } = analyseConfig(
      [{ path: "sales.json", content: fixtureText("sales.json") }],
      pivot,
    );
    const root = buildHierarchy(model, pivot);
    expect(unpackHierarchy(packHierarchy(root))).toStrictEqual(root);
  });

  it("gives back a generated configuration's calling-list hierarchy, entries included", () => {
    const { text } = generateConfig({ objects: 400, seed: 7, defects: 0.2 });
    const { model } = analyseConfig([{ path: "generated.json", content: text }], "campaign");
    const root = buildHierarchy(model, "callingList");
    const back = unpackHierarchy(packHierarchy(root));
    expect(back).toStrictEqual(root);
    expect(countNodes(back)).toBe(countNodes(root));
  });

  it("keeps names with any characters, null ids and a CampaignCallingList's entry", () => {
    const node = (fields: Partial<HierarchyNode>): HierarchyNode => ({
      id: "x" as HierarchyNode["id"],
      kind: "campaign",
      name: "",
      statId: null,
      object: null,
      children: [],
      ...fields,
    });
    const root = node({
      id: "" as HierarchyNode["id"],
      kind: "root",
      children: [
        node({
          id: "t/Ünïcødé\u0000" as HierarchyNode["id"],
          kind: "tenant",
          name: "Ünïcødé\u0000 <b>名前</b> 🎧",
          children: [
            node({
              id: "t/c" as HierarchyNode["id"],
              kind: "campaignCallingList",
              name: "",
              statId: "Sales@List" as HierarchyNode["statId"],
              object: 1 as HierarchyNode["object"],
              entry: 2,
            }),
          ],
        }),
        node({ id: "u" as HierarchyNode["id"], kind: "unassigned", name: "Unassigned" }),
      ],
    });
    const back = unpackHierarchy(packHierarchy(root));
    expect(back).toStrictEqual(root);
    expect(back.children[0]!.name).toBe("Ünïcødé\u0000 <b>名前</b> 🎧");
    expect(back.children[0]!.children[0]!.entry).toBe(2);
  });

  it("carries a root with no children", () => {
    const root: HierarchyNode = {
      id: "" as HierarchyNode["id"],
      kind: "root",
      name: "",
      statId: null,
      object: null,
      children: [],
    };
    expect(unpackHierarchy(packHierarchy(root))).toStrictEqual(root);
  });
});
