import { describe, expect, it } from "vitest";
import type { NodeId } from "../../../../src/model/config/ids";
import type { FigureValues } from "../../../../src/model/stats/Figure";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { filterGridRows } from "../../../../src/ui/stats/grid/filterGridRows";
import { gridRows } from "../../../../src/ui/stats/grid/gridRows";
import { sortByName, sortGridRows } from "../../../../src/ui/stats/grid/sortGridRows";
import { buildSpec, node, type NodeSpec } from "../../../model/stats/sampleHierarchy";

const group = (name: string, statId = `Sales@${name}`): NodeSpec => ({
  ...node("campaignGroup", statId, [], name),
  name,
});

const GROUPS = buildSpec(
  node("root", null, [
    group("Team 2"),
    group("Team 10"),
    group("alpha"),
    group("Silent"),
    group("Closers", "Retention@Closers"),
  ]),
);
const { hierarchy } = GROUPS;

const figures = new Map<string, FigureValues>();
const figuresOf = (n: NodeId) => figures.get(hierarchy.name(n)) ?? {};
const names = (rows: readonly NodeId[]) => rows.map((r) => hierarchy.name(r));

const team2 = GROUPS.at("Team 2");
const team10 = GROUPS.at("Team 10");
const alpha = GROUPS.at("alpha");
const silent = GROUPS.at("Silent");
figures.set("Team 2", { overdialRate: 0.05, status: "Running", waiting: "None" });
figures.set("Team 10", { overdialRate: 0.01, status: "Deactivated", waiting: "None" });
figures.set("alpha", { overdialRate: 0.02, status: "Running", waiting: "WaitingAgents" });
const rows = [team10, silent, team2, alpha];

describe("sortGridRows", () => {
  it("orders names as people do, numbers by value and case ignored", () => {
    expect(
      names(
        sortGridRows(sortByName(hierarchy, rows), { by: "name", descending: false }, figuresOf),
      ),
    ).toEqual(["alpha", "Silent", "Team 2", "Team 10"]);
    expect(
      names(sortGridRows(sortByName(hierarchy, rows), { by: "name", descending: true }, figuresOf)),
    ).toEqual(["Team 10", "Team 2", "Silent", "alpha"]);
  });

  it("orders a figure highest first when descending, with rows lacking it last either way", () => {
    expect(
      names(
        sortGridRows(
          sortByName(hierarchy, rows),
          { by: "overdialRate", descending: true },
          figuresOf,
        ),
      ),
    ).toEqual(["Team 2", "alpha", "Team 10", "Silent"]);
    expect(
      names(
        sortGridRows(
          sortByName(hierarchy, rows),
          { by: "overdialRate", descending: false },
          figuresOf,
        ),
      ),
    ).toEqual(["Team 10", "alpha", "Team 2", "Silent"]);
  });

  it("orders states by name and equal values by the row's name", () => {
    expect(
      names(
        sortGridRows(sortByName(hierarchy, rows), { by: "status", descending: false }, figuresOf),
      ),
    ).toEqual(["Team 10", "alpha", "Team 2", "Silent"]);
  });

  it("leaves its input as it was", () => {
    const input = [...rows];
    sortGridRows(input, { by: "overdialRate", descending: true }, figuresOf);
    expect(input).toEqual(rows);
  });
});

describe("filterGridRows", () => {
  it("keeps rows whose name or Stat Server id holds the text, case-insensitively", () => {
    const misnamed = GROUPS.at("Closers");
    const all = [...rows, misnamed];
    const byText = (text: string) =>
      names(filterGridRows(hierarchy, all, { text, level: "all" }, figuresOf, DEFAULT_THRESHOLDS));
    expect(byText("team")).toEqual(["Team 10", "Team 2"]);
    expect(byText("retention@")).toEqual(["Closers"]);
    expect(byText("  ")).toEqual(names(all));
    expect(byText("nobody")).toEqual([]);
  });

  it("keeps rows over a threshold, or only those in alarm, by the store's thresholds", () => {
    // Team 2's overdial rate (5%) is over the 3% alarm; alpha waits for agents (a warning).
    const over = filterGridRows(
      hierarchy,
      rows,
      { text: "", level: "warning" },
      figuresOf,
      DEFAULT_THRESHOLDS,
    );
    expect(names(over)).toEqual(["Team 2", "alpha"]);
    const alarm = filterGridRows(
      hierarchy,
      rows,
      { text: "", level: "alarm" },
      figuresOf,
      DEFAULT_THRESHOLDS,
    );
    expect(names(alarm)).toEqual(["Team 2"]);
    const none = filterGridRows(hierarchy, rows, { text: "", level: "alarm" }, figuresOf, []);
    expect(names(none)).toEqual([]);
  });
});

describe("gridRows", () => {
  it("lists the nodes of one kind in tree order, a shared object once", () => {
    const leads = (label: string): NodeSpec => ({
      ...node("callingList", "Leads", [], label),
      object: 99,
    });
    const { hierarchy: tree } = buildSpec(
      node("root", null, [
        node("campaign", "Sales", [
          group("Team A"),
          node("campaignCallingList", "Sales@Leads", [leads("l:1")]),
        ]),
        node("campaign", "Retention", [
          group("Closers"),
          node("campaignCallingList", "Retention@Leads", [leads("l:2")]),
        ]),
      ]),
    );
    const named = (rows: readonly NodeId[]) => rows.map((r) => tree.name(r));
    expect(named(gridRows(tree, "campaignGroup"))).toEqual(["Team A", "Closers"]);
    expect(named(gridRows(tree, "campaignCallingList"))).toEqual([
      "Sales@Leads",
      "Retention@Leads",
    ]);
    expect(gridRows(tree, "callingList")).toHaveLength(1);
    expect(named(gridRows(tree, "callingList"))).toEqual(["Leads"]);
    expect(gridRows(tree, "groupAgents")).toEqual([]);
  });
});
