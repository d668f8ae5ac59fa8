import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { asNodeId, type NodeId } from "../../../src/model/config/ids";
import type { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { HierarchyBuilder } from "../../../src/model/hierarchy/HierarchyBuilder";
import type { NodeKind } from "../../../src/model/hierarchy/NodeKind";
import { loadConfig } from "../../../src/model/loadConfig";
import { statServerAsked, statServerKnows } from "../../../src/model/stats/statServerKnows";

/** A hierarchy of one node, and that node. */
function named(kind: NodeKind, name: string, statId: string | null): [Hierarchy, NodeId] {
  const builder = new HierarchyBuilder(1);
  const node = builder.leaf(kind, name, statId, null);
  return [builder.finish(), node];
}

function find(hierarchy: Hierarchy, kind: NodeKind, name: string): NodeId {
  for (let n = 0; n < hierarchy.size; n += 1) {
    const node = asNodeId(n);
    if (hierarchy.kind(node) === kind && hierarchy.name(node) === name) return node;
  }
  throw new Error(`no ${kind} ${name}`);
}

describe("statServerKnows", () => {
  it("knows a campaign group whose configured name is its Stat Server id", () => {
    expect(statServerKnows(...named("campaignGroup", "Sales@Team A", "Sales@Team A"))).toBe(true);
  });

  it("does not know a campaign group named otherwise, even by a difference of case", () => {
    expect(statServerKnows(...named("campaignGroup", "Winback@Team A", "Sales@Team A"))).toBe(
      false,
    );
    expect(statServerKnows(...named("campaignGroup", "sales@team a", "Sales@Team A"))).toBe(false);
  });

  it("knows a campaign group with no name of its own by its composed id", () => {
    expect(statServerKnows(...named("campaignGroup", "", "Sales@Team A"))).toBe(true);
  });

  it("knows campaigns, lists, agent and place groups, agents and places by their ids", () => {
    for (const kind of [
      "campaign",
      "campaignCallingList",
      "callingList",
      "groupAgents",
      "groupPlaces",
      "agent",
      "place",
    ] as const) {
      expect(statServerKnows(...named(kind, "x", "x")), kind).toBe(true);
      expect(statServerAsked(...named(kind, "x", "x")), kind).toBe(true);
    }
  });

  it("is never asked about an agent without an employee ID, a tenant or the structural nodes", () => {
    expect(statServerAsked(...named("agent", "jdoe", null))).toBe(false);
    expect(statServerKnows(...named("agent", "jdoe", null))).toBe(false);
    expect(statServerAsked(...named("tenant", "Environment", "Environment"))).toBe(false);
    expect(statServerAsked(...named("root", "", null))).toBe(false);
    expect(statServerAsked(...named("unassigned", "Unassigned", null))).toBe(false);
  });

  it("refuses the demo's misnamed group and knows its correctly named neighbour", () => {
    const hierarchy = buildHierarchy(
      loadConfig([
        {
          path: "contact-centre-mistakes.json",
          content: readFileSync("public/samples/contact-centre-mistakes.json"),
        },
      ]),
    );
    const misnamed = find(hierarchy, "campaignGroup", "Prospection_Q2@Team_Glasgow");
    expect(hierarchy.statId(misnamed)).toBe("Winback_H1@Team_Glasgow");
    expect(statServerKnows(hierarchy, misnamed)).toBe(false);
    expect(
      statServerKnows(hierarchy, find(hierarchy, "campaignGroup", "Sales_Q1@Team_Glasgow")),
    ).toBe(true);
  });
});
