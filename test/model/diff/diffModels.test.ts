import { describe, expect, it } from "vitest";
import { diffModels } from "../../../src/model/diff/diffModels";
import {
  agentGroup,
  buildSnapshot,
  callingList,
  campaign,
  campaignGroup,
  person,
} from "./buildSnapshot";

describe("diffModels", () => {
  it("reports nothing for two identical snapshots", () => {
    const objects = [campaign("Sales", [{ name: "CL_Paris" }]), agentGroup("Team A", ["jdoe"])];
    const diff = diffModels(buildSnapshot(objects), buildSnapshot(objects));
    expect(diff.changes).toEqual([]);
    expect(diff.counts).toEqual({ added: 0, removed: 0, renamed: 0, moved: 0, changed: 0 });
  });

  it("renames campaign 101 from Sales to Sales_EU by DBID, and leaves its groups unchanged", () => {
    const diff = diffModels(
      buildSnapshot([
        campaign("Sales", [], 101),
        campaignGroup("Sales@Team A", "", "Team A", { dbid: 7, campaignDbid: 101 }),
        agentGroup("Team A", []),
      ]),
      buildSnapshot([
        campaign("Sales_EU", [], 101),
        campaignGroup("Sales@Team A", "", "Team A", { dbid: 7, campaignDbid: 101 }),
        agentGroup("Team A", []),
      ]),
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      type: "renamed",
      kind: "campaign",
      name: "Sales_EU",
      rename: { from: "Sales", to: "Sales_EU", match: "dbid", score: 1 },
      fields: [],
    });
  });

  it("treats the same name under two different DBIDs as one object removed and another added", () => {
    const diff = diffModels(
      buildSnapshot([callingList("CL_Paris", 201)]),
      buildSnapshot([callingList("CL_Paris", 202)]),
    );
    expect(diff.changes.map((c) => [c.type, c.name])).toEqual([
      ["removed", "CL_Paris"],
      ["added", "CL_Paris"],
    ]);
  });

  it("names a changed dial mode by its enum names, Predict to Progress", () => {
    const diff = diffModels(
      buildSnapshot([
        campaign("Sales"),
        campaignGroup("Sales@Team A", "Sales", null, { dialMode: "Predict" }),
      ]),
      buildSnapshot([
        campaign("Sales"),
        campaignGroup("Sales@Team A", "Sales", null, { dialMode: "Progress" }),
      ]),
    );
    expect(diff.changes).toEqual([
      expect.objectContaining({
        type: "changed",
        kind: "campaignGroup",
        name: "Sales@Team A",
        campaign: "Sales",
        fields: [{ type: "value", field: "dialMode", before: "Predict", after: "Progress" }],
      }),
    ]);
  });

  it("compares calling lists by name, and a share set to 0 as an entry change", () => {
    const diff = diffModels(
      buildSnapshot([campaign("Sales", [{ name: "CL_Paris" }, { name: "CL_Lyon" }])]),
      buildSnapshot([campaign("Sales", [{ name: "CL_Paris", share: 0 }, { name: "CL_Nice" }])]),
    );
    const sales = diff.changes.find((c) => c.kind === "campaign");
    expect(sales?.fields).toEqual([
      { type: "list", field: "callingLists", added: ["CL_Nice"], removed: ["CL_Lyon"] },
      { type: "value", field: "callingLists[CL_Paris].share", before: "10", after: "0" },
    ]);
  });

  it("reports no change for the same calling lists listed in another order", () => {
    const diff = diffModels(
      buildSnapshot([campaign("Sales", [{ name: "CL_Paris" }, { name: "CL_Lyon" }])]),
      buildSnapshot([campaign("Sales", [{ name: "CL_Lyon" }, { name: "CL_Paris" }])]),
    );
    expect(diff.changes).toEqual([]);
  });

  it("moves a campaign group given another agent group, Team A to Team B", () => {
    const diff = diffModels(
      buildSnapshot([
        campaign("Sales"),
        campaignGroup("Sales@Team A", "Sales", "Team A"),
        agentGroup("Team A", []),
        agentGroup("Team B", []),
      ]),
      buildSnapshot([
        campaign("Sales"),
        campaignGroup("Sales@Team A", "Sales", "Team B"),
        agentGroup("Team A", []),
        agentGroup("Team B", []),
      ]),
    );
    expect(diff.changes).toEqual([
      expect.objectContaining({
        type: "moved",
        kind: "campaignGroup",
        name: "Sales@Team A",
        moves: [{ relation: "group", from: ["Team A"], to: ["Team B"] }],
      }),
    ]);
  });

  it("moves agent jdoe from Team A to Team B, and lists the change in both groups' agents", () => {
    const diff = diffModels(
      buildSnapshot([person("jdoe"), agentGroup("Team A", ["jdoe"]), agentGroup("Team B", [])]),
      buildSnapshot([person("jdoe"), agentGroup("Team A", []), agentGroup("Team B", ["jdoe"])]),
    );
    expect(diff.changes.map((c) => [c.type, c.kind, c.name])).toEqual([
      ["changed", "agentGroup", "Team A"],
      ["changed", "agentGroup", "Team B"],
      ["moved", "person", "jdoe"],
    ]);
    const jdoe = diff.changes.find((c) => c.kind === "person");
    expect(jdoe?.moves).toEqual([{ relation: "agentGroup", from: ["Team A"], to: ["Team B"] }]);
    expect(diff.changes[1]?.fields).toEqual([
      { type: "list", field: "agents", added: ["jdoe"], removed: [] },
    ]);
  });

  it("does not move the members of a renamed group", () => {
    const diff = diffModels(
      buildSnapshot([person("jdoe"), agentGroup("Team A", ["jdoe"], 5)]),
      buildSnapshot([person("jdoe"), agentGroup("Team Alpha", ["jdoe"], 5)]),
    );
    expect(diff.changes.map((c) => [c.type, c.name])).toEqual([["renamed", "Team Alpha"]]);
  });

  it("offers an unmatched pair with like contents as a likely rename when there are no DBIDs", () => {
    const diff = diffModels(
      buildSnapshot([campaign("Sales_Q1", [{ name: "CL_Paris" }, { name: "CL_Lyon" }])]),
      buildSnapshot([campaign("Sales_Q2", [{ name: "CL_Paris" }, { name: "CL_Lyon" }])]),
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      type: "renamed",
      rename: { from: "Sales_Q1", to: "Sales_Q2", match: "likely" },
    });
    expect(diff.changes[0]!.rename!.score).toBeGreaterThan(0.8);
  });

  it("leaves unlike objects as one removal and one addition", () => {
    const diff = diffModels(
      buildSnapshot([campaign("Sales", [{ name: "CL_Paris" }])]),
      buildSnapshot([campaign("Recovery", [{ name: "CL_Debt" }])]),
    );
    expect(diff.changes.filter((c) => c.kind === "campaign").map((c) => [c.type, c.name])).toEqual([
      ["added", "Recovery"],
      ["removed", "Sales"],
    ]);
  });

  it("finds renamed people among thousands without comparing every pair", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `agent${String(i).padStart(4, "0")}`);
    const before = names.map((n) => person(n, `E-${n}`));
    const after = names.map((n) =>
      n === "agent0042" ? person("agent0042_x", "E-agent0042") : person(n, `E-${n}`),
    );
    after.push(person("newcomer", "E-new"));
    const diff = diffModels(buildSnapshot(before), buildSnapshot(after));
    expect(diff.changes.map((c) => [c.type, c.name, c.rename?.from ?? null])).toEqual([
      ["renamed", "agent0042_x", "agent0042"],
      ["added", "newcomer", null],
    ]);
  });
});
