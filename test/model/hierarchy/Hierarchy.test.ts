import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asNodeId, asObjectKey, type NodeId } from "../../../src/model/config/ids";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { columnBuffers, Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { HierarchyBuilder } from "../../../src/model/hierarchy/HierarchyBuilder";
import type { Pivot } from "../../../src/model/hierarchy/NodeKind";
import { loadConfig } from "../../../src/model/loadConfig";

const SAMPLES = "../shared/samples/mutagen/export-json";
const PIVOTS: Pivot[] = ["campaign", "callingList", "group"];

const ids = (from: readonly number[]) => from.map(asNodeId);

/** A tenant with the given children, each `[kind, name]` a leaf. */
function tenantOf(children: readonly [Parameters<HierarchyBuilder["leaf"]>[0], string][]) {
  const nodes = new HierarchyBuilder(2);
  nodes.open("root", "", null, null);
  nodes.open("tenant", "T", "T", asObjectKey(1));
  children.forEach(([kind, name], i) => nodes.leaf(kind, name, name, asObjectKey(i + 2)));
  nodes.close();
  nodes.close();
  return nodes.finish();
}

describe("Hierarchy columns", () => {
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith(".json"));

  it.each(PIVOTS)("lay every sample's %s pivot out in pre-order, each subtree one run", (pivot) => {
    expect(samples.length).toBeGreaterThan(0);
    for (const name of samples) {
      const content = readFileSync(`${SAMPLES}/${name}`, "utf8");
      const h = buildHierarchy(loadConfig([{ path: name, content }]), pivot);
      const { parent, end, depth, childCount } = h.columns;
      expect(parent[0]).toBe(-1);
      expect(end[0]).toBe(h.size);
      for (let n = 1; n < h.size; n++) {
        const p = parent[n]!;
        expect(p).toBeLessThan(n);
        expect(n).toBeLessThan(end[p]!);
        expect(end[n]).toBeLessThanOrEqual(end[p]!);
        expect(depth[n]).toBe(depth[p]! + 1);
      }
      for (let n = 0; n < h.size; n++) {
        const children = h.children(asNodeId(n));
        expect(children).toHaveLength(childCount[n]!);
        for (const c of children) expect(h.parent(c)).toBe(n);
      }
    }
  });

  it.each(PIVOTS)("give every node of the %s pivot a path that leads back to it", (pivot) => {
    for (const name of samples) {
      const content = readFileSync(`${SAMPLES}/${name}`, "utf8");
      const h = buildHierarchy(loadConfig([{ path: name, content }]), pivot);
      const paths = new Set<string>();
      for (let n = 0; n < h.size; n++) {
        const path = h.pathOf(asNodeId(n));
        paths.add(path);
        expect(h.nodeAt(path)).toBe(n);
      }
      expect(paths.size).toBe(h.size);
    }
  });
});

describe("Hierarchy paths", () => {
  it("number the second and third child of one kind and name ;2 and ;3", () => {
    const h = tenantOf([
      ["campaign", "Sales"],
      ["campaign", "Retention"],
      ["campaign", "Sales"],
      ["campaign", "Sales"],
    ]);
    expect(h.children(asNodeId(1)).map((n) => h.pathOf(n))).toEqual([
      "tenant:T/campaign:Sales",
      "tenant:T/campaign:Retention",
      "tenant:T/campaign:Sales;2",
      "tenant:T/campaign:Sales;3",
    ]);
    expect(h.nodeAt("tenant:T/campaign:Sales;3")).toBe(5);
    expect(h.nodeAt("tenant:T/campaign:Sales;4")).toBeNull();
  });

  it("count each kind apart: a campaign group and a calling list entry may share a name", () => {
    const h = tenantOf([
      ["campaignGroup", "X"],
      ["campaignCallingList", "X"],
      ["campaignGroup", "X"],
    ]);
    expect(h.children(asNodeId(1)).map((n) => h.segment(n))).toEqual([
      "campaignGroup:X",
      "campaignCallingList:X",
      "campaignGroup:X;2",
    ]);
  });

  it("escape %, /, : and ; and lone surrogates, so that no name can forge a path", () => {
    const names = ["a/campaign:b", "a;2", "a%3B2", "Sales@Team A", "P\uD800", "P\u{1F600}"];
    const h = tenantOf(names.map((name) => ["campaign", name] as const));
    const paths = h.children(asNodeId(1)).map((n) => h.pathOf(n));
    expect(paths).toEqual([
      "tenant:T/campaign:a%2Fcampaign%3Ab",
      "tenant:T/campaign:a%3B2",
      "tenant:T/campaign:a%253B2",
      "tenant:T/campaign:Sales@Team A",
      "tenant:T/campaign:P%uD800",
      "tenant:T/campaign:P\u{1F600}",
    ]);
    paths.forEach((path, i) => expect(h.nodeAt(path)).toBe(i + 2));
    expect(h.nodeAt("tenant:T/campaign:a/campaign:b")).toBeNull();
  });

  it("find the node a segment names: escapes read back, ;2 counted among the same kind and name", () => {
    const h = tenantOf([
      ["campaignGroup", "a;b"],
      ["campaign", "a;b"],
      ["campaign", "x"],
      ["campaign", "a;b"],
      ["campaign", "P\uD800"],
      ["campaign", "100%"],
    ]);
    expect(h.nodeAt("tenant:T/campaign:a%3Bb")).toBe(3);
    expect(h.nodeAt("tenant:T/campaign:a%3Bb;2")).toBe(5);
    expect(h.nodeAt("tenant:T/campaignGroup:a%3Bb")).toBe(2);
    expect(h.nodeAt("tenant:T/campaignGroup:a%3Bb;2")).toBeNull();
    expect(h.nodeAt("tenant:T/campaign:P%uD800")).toBe(6);
    expect(h.nodeAt("tenant:T/campaign:100%25")).toBe(7);
  });

  it("find nothing for a wrong kind or a segment no path has", () => {
    const h = tenantOf([
      ["campaign", "a;b"],
      ["campaign", "a;b"],
      ["campaign", "P\uD800"],
      ["campaign", "x:y"],
      ["campaign", "\u{1F600}"],
    ]);
    for (const path of [
      "tenant:T/callingList:a%3Bb", // a wrong kind
      "tenant:T/root:a%3Bb",
      "tenant:T/unassigned",
      "tenant:T/unassigned:a%3Bb",
      "tenant:T/nonsense:a%3Bb",
      "tenant:T/campaign", // no kind separator
      "tenant:T/campaign:a;b", // an unescaped separator
      "tenant:T/campaign:a%3bb", // an escape in lower case
      "tenant:T/campaign:a%3Bb;1", // the first has no ordinal
      "tenant:T/campaign:a%3Bb;02",
      "tenant:T/campaign:a%3Bb;",
      "tenant:T/campaign:a%3Bb;x",
      "tenant:T/campaign:a%3Bb;3",
      "tenant:T/campaign:a%3Bb;99999999999999999999",
      "tenant:T/campaign:P%ud800",
      "tenant:T/campaign:P%uD80",
      "tenant:T/campaign:P\uD800", // a lone surrogate as it is, which no link can carry
      "tenant:T/campaign:x:y",
      "tenant:T/campaign:%uD83D%uDE00", // a pair is written as it is, not escaped
      "tenant:T/campaign:%u0078",
      "tenant:T/campaign:%78",
      "tenant:T/",
      "/tenant:T",
      "",
    ]) {
      expect(h.nodeAt(path), path).toBeNull();
    }
    expect(h.nodeAt("tenant:T/campaign:x%3Ay")).toBe(5);
    expect(h.nodeAt("tenant:T/campaign:\u{1F600}")).toBe(6);
  });

  it("find by a segment exactly the node whose path it is, as comparing each path would", () => {
    const names = ["a", "a;2", "a%3B2", "%", "%25", "b", "a", "a", "A", "P\uDC00", ""];
    const h = tenantOf(
      names.flatMap((name) => [["campaign", name] as const, ["place", name] as const]),
    );
    const byPath = new Map<string, number>();
    for (let n = 0; n < h.size; n++) byPath.set(h.pathOf(asNodeId(n)), n);
    const tails = ["", ";2", ";3", ";4", ";1", "%", "%25", "%3B2", ";2;2", "%uDC00"];
    const found = new Set<string>();
    const heads = ["a", "a%3B2", "a%253B2", "%25", "%2525", "b", "A", "P", "P%uDC00", ""];
    for (const kind of ["campaign", "place", "agent"]) {
      for (const head of heads) {
        for (const tail of tails) {
          const path = `tenant:T/${kind}:${head}${tail}`;
          expect(h.nodeAt(path), path).toBe(byPath.get(path) ?? null);
          if (byPath.has(path)) found.add(path);
        }
      }
    }
    // Every campaign and place is among the paths tried.
    expect(found.size).toBe(2 * names.length);
  });

  it("give the root `/` and Unassigned a bare word", () => {
    const nodes = new HierarchyBuilder();
    nodes.open("root", "", null, null);
    nodes.open("tenant", "Banque Étoile", "Banque Étoile", asObjectKey(1));
    nodes.open("unassigned", "Unassigned", null, null);
    nodes.leaf("place", "P", "P", asObjectKey(2));
    nodes.close();
    nodes.close();
    nodes.close();
    const h = nodes.finish();
    expect(ids([0, 1, 2, 3]).map((n) => h.pathOf(n))).toEqual([
      "/",
      "tenant:Banque Étoile",
      "tenant:Banque Étoile/unassigned",
      "tenant:Banque Étoile/unassigned/place:P",
    ]);
    expect(h.nodeAt("/")).toBe(0);
    expect(h.ancestors(asNodeId(3))).toEqual([1, 2]);
  });
});

describe("HierarchyBuilder", () => {
  it("keeps names, Stat Server ids, objects and entries per node", () => {
    const nodes = new HierarchyBuilder(1);
    nodes.open("root", "", null, null);
    nodes.open("campaign", "Sales", "Sales", asObjectKey(7));
    nodes.leaf("campaignGroup", "Team A", "Sales@Team A", asObjectKey(8));
    nodes.open("campaignCallingList", "Main", "Sales@Main", asObjectKey(7), 0);
    nodes.close();
    nodes.leaf("agent", "ann", null, asObjectKey(9));
    nodes.close();
    nodes.close();
    const h = nodes.finish();
    const all = ids([0, 1, 2, 3, 4]);
    expect(all.map((n) => [h.kind(n), h.name(n), h.statId(n), h.object(n), h.entry(n)])).toEqual([
      ["root", "", null, null, null],
      ["campaign", "Sales", "Sales", 7, null],
      ["campaignGroup", "Team A", "Sales@Team A", 8, null],
      ["campaignCallingList", "Main", "Sales@Main", 7, 0],
      ["agent", "ann", null, 9, null],
    ]);
    expect(h.maxDepth).toBe(2);
    // The campaign's CampaignCallingList is not another appearance of the campaign.
    expect(h.isShared(asNodeId(1))).toBe(false);
    expect(h.appearances(asObjectKey(7))).toEqual([1]);
    expect(h.nodesOf(asObjectKey(7))).toEqual([1, 3]);
    expect(h.nodesOf(asObjectKey(99))).toEqual([]);
  });

  it("marks an object at two nodes as shared at both", () => {
    const h = tenantOf([
      ["callingList", "L"],
      ["callingList", "M"],
    ]);
    expect(h.isShared(asNodeId(2))).toBe(false);
    const nodes = new HierarchyBuilder();
    nodes.open("root", "", null, null);
    nodes.leaf("callingList", "L", "L", asObjectKey(3));
    nodes.leaf("callingList", "L", "L", asObjectKey(3));
    nodes.close();
    const shared = nodes.finish();
    expect([1, 2].map((n) => shared.isShared(asNodeId(n)))).toEqual([true, true]);
    expect(shared.appearances(asObjectKey(3))).toEqual([1, 2]);
  });

  it("drops a childless node it is told to discard, with its name and Stat Server id", () => {
    const nodes = new HierarchyBuilder();
    nodes.open("root", "", null, null);
    nodes.open("unassigned", "Unassigned", "composed@id", null);
    expect(nodes.openChildren).toBe(0);
    nodes.discard();
    nodes.leaf("campaignGroup", "G", "C@G", asObjectKey(1));
    nodes.close();
    const h = nodes.finish();
    expect(h.size).toBe(2);
    expect(h.childCount(Hierarchy.ROOT)).toBe(1);
    expect([h.name(asNodeId(1)), h.statId(asNodeId(1))]).toEqual(["G", "C@G"]);
  });

  it("hands over its arrays as they are when they are mostly full, and copies emptier ones", () => {
    const built = (capacity: number, leaves: number) => {
      const nodes = new HierarchyBuilder(capacity);
      nodes.open("root", "", null, null);
      for (let i = 0; i < leaves; i++) nodes.leaf("tenant", `T${i}`, `T${i}`, asObjectKey(i + 1));
      nodes.close();
      return nodes.finish();
    };
    const full = built(8, 6);
    expect(full.size).toBe(7);
    expect(full.columns.parent.buffer.byteLength).toBe(8 * 4);
    expect(full.columns.nameStart.length).toBe(8);
    const empty = built(16, 6);
    expect(empty.columns.parent.buffer.byteLength).toBe(7 * 4);
    for (const h of [full, empty]) {
      expect(h.size).toBe(7);
      expect(Array.from(h.columns.parent)).toEqual([-1, 0, 0, 0, 0, 0, 0]);
      expect(h.name(asNodeId(6))).toBe("T5");
      expect(h.childCount(Hierarchy.ROOT)).toBe(6);
    }
  });

  it("refuses to finish with a node open, and to close more than it opened", () => {
    const nodes = new HierarchyBuilder();
    nodes.open("root", "", null, null);
    expect(() => nodes.finish()).toThrow(/still open/);
    nodes.close();
    expect(() => nodes.close()).toThrow(/No node is open/);
  });
});

describe("columns crossing to another thread", () => {
  it("arrive whole when their buffers are transferred, and leave the sender's empty", () => {
    const content = readFileSync(`${SAMPLES}/${readdirSync(SAMPLES)[0]!}`, "utf8");
    const sent = buildHierarchy(loadConfig([{ path: "x.json", content }]));
    const paths = Array.from({ length: sent.size }, (_, n) => sent.pathOf(n as NodeId));
    const columns = structuredClone(sent.columns, { transfer: columnBuffers(sent.columns) });
    expect(sent.columns.kind.length).toBe(0);
    const received = new Hierarchy(columns);
    expect(Array.from({ length: received.size }, (_, n) => received.pathOf(asNodeId(n)))).toEqual(
      paths,
    );
  });

  it("arrive as the same views when the columns are views of larger arrays", () => {
    const nodes = new HierarchyBuilder(5);
    nodes.open("root", "", null, null);
    for (let i = 0; i < 3; i++) nodes.leaf("tenant", `T${i}`, `T${i}`, asObjectKey(i + 1));
    nodes.close();
    const sent = nodes.finish();
    expect(sent.columns.kind.buffer.byteLength).toBeGreaterThan(sent.size);
    const columns = structuredClone(sent.columns, { transfer: columnBuffers(sent.columns) });
    const received = new Hierarchy(columns);
    expect(received.size).toBe(4);
    expect(Array.from({ length: 4 }, (_, n) => received.pathOf(asNodeId(n)))).toEqual([
      "/",
      "tenant:T0",
      "tenant:T1",
      "tenant:T2",
    ]);
  });
});
