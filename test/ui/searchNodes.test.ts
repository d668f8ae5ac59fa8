import { describe, expect, it } from "vitest";
import { asNodeId, asObjectKey } from "../../src/model/config/ids";
import { HierarchyBuilder } from "../../src/model/hierarchy/HierarchyBuilder";
import { searchNodes } from "../../src/ui/features/search/searchNodes";
import { sampleHierarchy } from "./hierarchyFixture";

const { hierarchy, idOf } = sampleHierarchy();
const found = (query: string, limit?: number) =>
  searchNodes(hierarchy, query, limit).map(({ node, rank }) => `${rank} ${idOf(node)}`);

describe("searchNodes", () => {
  it("ranks exact ids, exact names, prefixes, then the rest in tree order", () => {
    expect(found("leads")).toEqual([
      "0 cl:Sales/Leads",
      "0 cl:Retention/Leads",
      "1 ccl:Sales/Leads",
      "1 ccl:Retention/Leads",
    ]);
    expect(found("sales@")).toEqual(["2 cg:Sales/Team A", "2 ccl:Sales/Leads"]);
    // By name or by Stat Server id (Sales@Agents, Retention@Leads).
    expect(found("ent")).toEqual([
      "3 t:Environment",
      "3 cg:Sales/Team A",
      "3 ag:Sales/Team A/Agents",
      "3 c:Retention",
      "3 ccl:Retention/Leads",
    ]);
  });

  it("finds a Stat Server id that is not the name, ignoring case and spaces around the query", () => {
    expect(found("  SALES@AGENTS ")).toEqual(["0 cg:Sales/Team A"]);
    expect(found("team a")).toEqual(["1 cg:Sales/Team A"]);
  });

  it("does not match across two names, nor the invisible root", () => {
    // "Environment" is followed by "Sales" in the string of names.
    expect(found("entsal")).toEqual([]);
    expect(found("tsales")).toEqual([]);
    expect(found("")).toEqual([]);
  });

  it("keeps to the limit, the best first", () => {
    expect(found("a", 2)).toEqual(["2 ag:Sales/Team A/Agents", "3 c:Sales"]);
  });

  it("finds names whose lower case is longer than they are", () => {
    const nodes = new HierarchyBuilder();
    nodes.open("root", "", null, null);
    nodes.leaf("place", "İstanbul", "İstanbul", asObjectKey(1));
    nodes.leaf("place", "Izmir", "Izmir", asObjectKey(2));
    nodes.close();
    const h = nodes.finish();
    expect(searchNodes(h, "izmir").map((hit) => hit.node)).toEqual([asNodeId(2)]);
    expect(searchNodes(h, "stan").map((hit) => hit.node)).toEqual([asNodeId(1)]);
  });
});
