import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { treeOf } from "../../../src/model/hierarchy/treeOf";
import type { HierarchyNode } from "../../../src/model/hierarchy/HierarchyNode";
import { loadConfig } from "../../../src/model/loadConfig";
import { statServerAsked, statServerKnows } from "../../../src/model/stats/statServerKnows";
import { node } from "./sampleHierarchy";

function named(kind: HierarchyNode["kind"], name: string, statId: string | null): HierarchyNode {
  return { ...node(kind, statId), name };
}

function find(root: HierarchyNode, kind: HierarchyNode["kind"], name: string): HierarchyNode {
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.kind === kind && n.name === name) return n;
    stack.push(...n.children);
  }
  throw new Error(`no ${kind} ${name}`);
}

describe("statServerKnows", () => {
  it("knows a campaign group whose configured name is its Stat Server id", () => {
    expect(statServerKnows(named("campaignGroup", "Sales@Team A", "Sales@Team A"))).toBe(true);
  });

  it("does not know a campaign group named otherwise, even by a difference of case", () => {
    expect(statServerKnows(named("campaignGroup", "Winback@Team A", "Sales@Team A"))).toBe(false);
    expect(statServerKnows(named("campaignGroup", "sales@team a", "Sales@Team A"))).toBe(false);
  });

  it("knows a campaign group with no name of its own by its composed id", () => {
    expect(statServerKnows(named("campaignGroup", "", "Sales@Team A"))).toBe(true);
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
      expect(statServerKnows(named(kind, "x", "x")), kind).toBe(true);
      expect(statServerAsked(named(kind, "x", "x")), kind).toBe(true);
    }
  });

  it("is never asked about an agent without an employee ID, a tenant or the structural nodes", () => {
    expect(statServerAsked(named("agent", "jdoe", null))).toBe(false);
    expect(statServerKnows(named("agent", "jdoe", null))).toBe(false);
    expect(statServerAsked(named("tenant", "Environment", "Environment"))).toBe(false);
    expect(statServerAsked(node("root", null))).toBe(false);
    expect(statServerAsked(node("unassigned", null))).toBe(false);
  });

  it("refuses the demo's misnamed group and knows its correctly named neighbour", () => {
    const root = treeOf(
      buildHierarchy(
        loadConfig([
          {
            path: "contact-centre-mistakes.json",
            content: readFileSync("public/samples/contact-centre-mistakes.json"),
          },
        ]),
      ),
    );
    const misnamed = find(root, "campaignGroup", "Prospection_Q2@Team_Glasgow");
    expect(misnamed.statId).toBe("Winback_H1@Team_Glasgow");
    expect(statServerKnows(misnamed)).toBe(false);
    expect(statServerKnows(find(root, "campaignGroup", "Sales_Q1@Team_Glasgow"))).toBe(true);
  });
});
