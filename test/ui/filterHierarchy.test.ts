import { describe, expect, it } from "vitest";
import { asNodePath, type NodePath } from "../../src/model/config/ids";
import type { HierarchyNode } from "../../src/model/hierarchy/HierarchyNode";
import { filterHierarchy } from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import { node, sampleTree } from "./hierarchyFixture";

/** The shown tree as indented ids, to compare whole shapes. */
function shape(root: HierarchyNode): string[] {
  const lines: string[] = [];
  const walk = (n: HierarchyNode, depth: number) => {
    lines.push(`${"  ".repeat(depth)}${n.id}`);
    for (const child of n.children) walk(child, depth + 1);
  };
  for (const child of root.children) walk(child, 0);
  return lines;
}

const only =
  (...ids: string[]) =>
  (n: HierarchyNode) =>
    ids.includes(n.id);

describe("filterHierarchy", () => {
  it("keeps each match with its ancestors and drops the rest", () => {
    const root = sampleTree();
    const result = filterHierarchy(root, { matches: only("ag:Sales/Team A/Agents"), focus: null });
    expect(shape(result.root)).toEqual([
      "t:Environment",
      "  c:Sales",
      "    cg:Sales/Team A",
      "      ag:Sales/Team A/Agents",
    ]);
    expect(result.matches).toBe(1);
    expect(new Set(result.paths)).toEqual(
      new Set(["t:Environment", "c:Sales", "cg:Sales/Team A"].map(asNodePath)),
    );
    // The model is not touched: the original still has all its children.
    expect(shape(root)).toHaveLength(9);
  });

  it("keeps a matching node's own children out unless they match too", () => {
    const result = filterHierarchy(sampleTree(), { matches: only("c:Retention"), focus: null });
    expect(shape(result.root)).toEqual(["t:Environment", "  c:Retention"]);
  });

  it("reuses subtrees that are kept whole, so the model's nodes are what is drawn", () => {
    const root = sampleTree();
    const result = filterHierarchy(root, {
      matches: only("c:Retention", "ccl:Retention/Leads", "cl:Retention/Leads"),
      focus: null,
    });
    const retention = root.children[0]!.children[1]!;
    expect(result.root.children[0]!.children[0]).toBe(retention);
  });

  it("shows nothing, with no match counted, when no node matches", () => {
    const result = filterHierarchy(sampleTree(), { matches: () => false, focus: null });
    expect(result.root.children).toEqual([]);
    expect(result.matches).toBe(0);
    expect(result.paths).toEqual([]);
  });

  it("returns the hierarchy itself when nothing is filtered", () => {
    const root = sampleTree();
    const result = filterHierarchy(root, { matches: null, focus: null });
    expect(result.root).toBe(root);
    expect(result.matches).toBe(9);
  });

  it("focuses on one subtree, keeping the path to it and opening it", () => {
    const root = sampleTree();
    const result = filterHierarchy(root, { matches: null, focus: asNodePath("c:Sales") });
    expect(shape(result.root)).toEqual([
      "t:Environment",
      "  c:Sales",
      "    cg:Sales/Team A",
      "      ag:Sales/Team A/Agents",
      "    ccl:Sales/Leads",
      "      cl:Sales/Leads",
    ]);
    expect(result.focusNode?.id).toBe("c:Sales");
    expect(result.focusPath.map((n) => n.id)).toEqual(["t:Environment"]);
    expect(result.paths).toEqual(["t:Environment", "c:Sales"].map(asNodePath));
    expect(result.matches).toBe(5);
    expect(result.focusMissing).toBe(false);
  });

  it("filters inside a focus", () => {
    const result = filterHierarchy(sampleTree(), {
      matches: only("cl:Sales/Leads", "cl:Retention/Leads"),
      focus: asNodePath("c:Sales"),
    });
    expect(shape(result.root)).toEqual([
      "t:Environment",
      "  c:Sales",
      "    ccl:Sales/Leads",
      "      cl:Sales/Leads",
    ]);
    expect(result.matches).toBe(1);
  });

  it("shows nothing in a focus where nothing matches, and says which node was focused", () => {
    const result = filterHierarchy(sampleTree(), {
      matches: only("cl:Retention/Leads"),
      focus: asNodePath("c:Sales"),
    });
    expect(result.root.children).toEqual([]);
    expect(result.matches).toBe(0);
    expect(result.focusNode?.name).toBe("Sales");
  });

  it("falls back to the whole hierarchy when the focused id is not in it, and says so", () => {
    const root = sampleTree();
    const result = filterHierarchy(root, { matches: null, focus: asNodePath("c:Gone") });
    expect(result.root).toBe(root);
    expect(result.focusMissing).toBe(true);
    expect(result.focusNode).toBeNull();
    const filtered = filterHierarchy(root, {
      matches: only("c:Retention"),
      focus: asNodePath("x"),
    });
    expect(shape(filtered.root)).toEqual(["t:Environment", "  c:Retention"]);
    expect(filtered.focusMissing).toBe(true);
  });

  it("asks about each node once, in one pass, at 100k nodes and a depth a recursion would not survive", () => {
    const leaves: HierarchyNode[] = [];
    for (let i = 0; i < 100_000; i++) leaves.push(node(`a:${i}`, "agent", `agent${i}`));
    let deep = node("deep:0", "place", "p0");
    for (let i = 1; i < 20_000; i++) deep = node(`deep:${i}`, "place", `p${i}`, [deep]);
    const root = node("root", "root", "", [node("g", "groupAgents", "g", leaves), deep]);
    const asked = new Map<NodePath, number>();
    const result = filterHierarchy(root, {
      matches: (n) => {
        asked.set(n.id, (asked.get(n.id) ?? 0) + 1);
        return n.id === "a:99999" || n.id === "deep:0";
      },
      focus: null,
    });
    expect(asked.size).toBe(120_001);
    expect(Math.max(...asked.values())).toBe(1);
    expect(result.matches).toBe(2);
    expect(result.root.children[0]!.children.map((n) => n.id)).toEqual(["a:99999"]);
    expect(result.paths).toHaveLength(1 + 19_999);
  });
});
