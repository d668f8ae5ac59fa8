import { describe, expect, it } from "vitest";
import { asNodeId, asNodePath, type NodeId, type NodePath } from "../../src/model/config/ids";
import { generateConfig } from "../../src/model/generate/generateConfig";
import { Hierarchy } from "../../src/model/hierarchy/Hierarchy";
import {
  filterHierarchy,
  type FilteredHierarchy,
} from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";
import { fixtureHierarchy, sampleTree } from "./hierarchyFixture";
import { DEEP, WIDE, wideAndDeepHierarchy } from "./wideAndDeep.fixture";

const { hierarchy, at, idOf } = fixtureHierarchy(sampleTree());
const pathOf = (id: string) => hierarchy.pathOf(at(id));

/** The shown tree as indented fixture ids, to compare whole shapes. */
function shape(result: FilteredHierarchy, h: Hierarchy = hierarchy): string[] {
  const lines: string[] = [];
  const walk = (n: NodeId, depth: number) => {
    if (result.shown !== null && result.shown[n] !== 1) return;
    lines.push(`${"  ".repeat(depth)}${idOf(n)}`);
    for (const child of h.children(n)) walk(child, depth + 1);
  };
  for (const top of result.top) walk(top, 0);
  return lines;
}

/** A filter matching these fixture nodes, asking only them. */
const only = (...ids: string[]) => {
  const nodes = new Set(ids.map(at));
  return { matches: (n: NodeId) => nodes.has(n), candidates: nodes };
};

describe("filterHierarchy", () => {
  it("keeps each match with its ancestors and drops the rest", () => {
    const result = filterHierarchy(hierarchy, {
      ...only("ag:Sales/Team A/Agents"),
      focus: null,
    });
    expect(shape(result)).toEqual([
      "t:Environment",
      "  c:Sales",
      "    cg:Sales/Team A",
      "      ag:Sales/Team A/Agents",
    ]);
    expect(result.matches).toBe(1);
    expect(result.paths).toEqual(["t:Environment", "c:Sales", "cg:Sales/Team A"].map(at));
  });

  it("keeps a matching node's own children out unless they match too", () => {
    const result = filterHierarchy(hierarchy, { ...only("c:Retention"), focus: null });
    expect(shape(result)).toEqual(["t:Environment", "  c:Retention"]);
    expect(result.paths).toEqual([at("t:Environment")]);
  });

  it("shows nothing, with no match counted, when no node matches", () => {
    const every = Array.from({ length: hierarchy.size }, (_, n) => asNodeId(n));
    const result = filterHierarchy(hierarchy, {
      matches: () => false,
      candidates: every,
      focus: null,
    });
    expect(result.top).toEqual([]);
    expect(result.matches).toBe(0);
    expect(result.paths).toEqual([]);
  });

  it("marks nothing out when nothing is filtered", () => {
    const result = filterHierarchy(hierarchy, { matches: null, focus: null });
    expect(result.shown).toBeNull();
    expect(result.top).toEqual([at("t:Environment")]);
    expect(result.matches).toBe(9);
  });

  it("focuses on one subtree, which it shows from the focused node and opens", () => {
    const result = filterHierarchy(hierarchy, { matches: null, focus: pathOf("c:Sales") });
    expect(shape(result)).toEqual([
      "c:Sales",
      "  cg:Sales/Team A",
      "    ag:Sales/Team A/Agents",
      "  ccl:Sales/Leads",
      "    cl:Sales/Leads",
    ]);
    expect(result.focusNode).toBe(at("c:Sales"));
    expect(result.focusPath).toEqual([at("t:Environment")]);
    expect(result.paths).toEqual([at("c:Sales")]);
    expect(result.matches).toBe(5);
    expect(result.focusMissing).toBe(false);
  });

  it("filters inside a focus, marking nothing above it", () => {
    const result = filterHierarchy(hierarchy, {
      ...only("cl:Sales/Leads", "cl:Retention/Leads"),
      focus: pathOf("c:Sales"),
    });
    expect(shape(result)).toEqual(["c:Sales", "  ccl:Sales/Leads", "    cl:Sales/Leads"]);
    expect(result.matches).toBe(1);
    expect(result.shown![at("t:Environment")]).toBe(0);
    expect(result.paths).toEqual([at("c:Sales"), at("ccl:Sales/Leads")]);
  });

  it("shows nothing in a focus where nothing matches, and says which node was focused", () => {
    const result = filterHierarchy(hierarchy, {
      ...only("cl:Retention/Leads"),
      focus: pathOf("c:Sales"),
    });
    expect(result.top).toEqual([]);
    expect(result.matches).toBe(0);
    expect(result.focusNode).toBe(at("c:Sales"));
  });

  it("falls back to the whole hierarchy when the focused path is not in it, and says so", () => {
    const result = filterHierarchy(hierarchy, {
      matches: null,
      focus: asNodePath("tenant:Environment/campaign:Gone"),
    });
    expect(result.top).toEqual([at("t:Environment")]);
    expect(result.focusMissing).toBe(true);
    expect(result.focusNode).toBeNull();
    const filtered = filterHierarchy(hierarchy, {
      ...only("c:Retention"),
      focus: asNodePath("x"),
    });
    expect(shape(filtered)).toEqual(["t:Environment", "  c:Retention"]);
    expect(filtered.focusMissing).toBe(true);
  });

  it("asks each candidate once and marks paths at 100k nodes and a depth a recursion would not survive", () => {
    const big = wideAndDeepHierarchy();
    const lastAgent = asNodeId(WIDE + 1);
    const deepest = asNodeId(big.size - 1);
    const asked = new Uint8Array(big.size);
    const result = filterHierarchy(big, {
      matches: (n) => {
        asked[n]!++;
        return n === lastAgent || n === deepest;
      },
      candidates: Array.from({ length: big.size }, (_, n) => asNodeId(n)),
      focus: null,
    });
    expect(asked[0]).toBe(0);
    expect(asked.subarray(1).every((count) => count === 1)).toBe(true);
    expect(result.matches).toBe(2);
    expect(big.children(asNodeId(1)).filter((n) => result.shown![n] === 1)).toEqual([lastAgent]);
    expect(result.paths).toHaveLength(1 + DEEP - 1);
  });
});

/**
 * The reference the candidates are checked against: every node of the subtree asked in one
 * pass, children before their parent, each shown node marking its parent.
 */
function askingEveryNode(
  h: Hierarchy,
  matches: (node: NodeId) => boolean,
  focus: NodePath | null,
): Pick<FilteredHierarchy, "top" | "shown" | "matches" | "paths"> {
  const focusNode = focus === null ? null : h.nodeAt(focus);
  const first = focusNode ?? 1;
  const end = h.end(focusNode ?? Hierarchy.ROOT);
  const shown = new Uint8Array(h.size);
  const paths: NodeId[] = [];
  let count = 0;
  for (let n = end - 1; n >= first; n--) {
    if (shown[n] === 1) paths.push(asNodeId(n));
    if (matches(asNodeId(n))) {
      count++;
      shown[n] = 1;
    }
    const parent = h.parent(asNodeId(n))!;
    if (shown[n] === 1 && n > first && parent > 0) shown[parent] = 1;
  }
  const top =
    focusNode !== null
      ? [focusNode].filter((n) => shown[n] === 1)
      : h.children(Hierarchy.ROOT).filter((n) => shown[n] === 1);
  return { top, shown, matches: count, paths: paths.reverse() };
}

describe("filterHierarchy over candidates", () => {
  const { text } = generateConfig({ objects: 800, seed: 5, defects: 0.1 });
  const big = analyseConfig([{ path: "g.json", content: text }], "campaign").hierarchy;

  it("shows what asking every node would show, asking only the candidates", () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const focus = big.pathOf(big.children(big.children(Hierarchy.ROOT)[0]!)[1]!);
    for (const every of [3, 17, 200]) {
      const picked = new Set<NodeId>();
      for (let n = 1; n < big.size; n++) if (random() * every < 1) picked.add(asNodeId(n));
      for (const at of [null, focus]) {
        const all = askingEveryNode(big, (n) => picked.has(n), at);
        const asked: NodeId[] = [];
        const some = filterHierarchy(big, {
          matches: (n) => {
            asked.push(n);
            return picked.has(n);
          },
          // Unordered, with a node twice and the invisible root: none of it matters.
          candidates: [...[...picked].reverse(), ...picked, Hierarchy.ROOT],
          focus: at,
        });
        expect(some.matches).toBe(all.matches);
        expect(some.top).toEqual(all.top);
        expect(some.paths).toEqual(all.paths);
        expect(some.shown).toEqual(all.shown);
        expect(asked.length).toBeLessThanOrEqual(picked.size);
      }
    }
  });
});
