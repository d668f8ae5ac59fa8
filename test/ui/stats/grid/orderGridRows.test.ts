import { describe, expect, it } from "vitest";
import type { HierarchyNode } from "../../../../src/model/hierarchy/HierarchyNode";
import type { FigureValues } from "../../../../src/model/stats/Figure";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { filterGridRows } from "../../../../src/ui/stats/grid/filterGridRows";
import { gridRows } from "../../../../src/ui/stats/grid/gridRows";
import { sortByName, sortGridRows } from "../../../../src/ui/stats/grid/sortGridRows";
import { node } from "../../hierarchyFixture";

const group = (name: string, statId = `Sales@${name}`) =>
  node(`g:${name}`, "campaignGroup", name, [], statId);

const figures = new Map<string, FigureValues>();
const figuresOf = (n: HierarchyNode) => figures.get(n.name) ?? {};
const names = (rows: readonly HierarchyNode[]) => rows.map((r) => r.name);

const team2 = group("Team 2");
const team10 = group("Team 10");
const alpha = group("alpha");
const silent = group("Silent");
figures.set("Team 2", { overdialRate: 0.05, status: "Running", waiting: "None" });
figures.set("Team 10", { overdialRate: 0.01, status: "Deactivated", waiting: "None" });
figures.set("alpha", { overdialRate: 0.02, status: "Running", waiting: "WaitingAgents" });
const rows = [team10, silent, team2, alpha];

describe("sortGridRows", () => {
  it("orders names as people do, numbers by value and case ignored", () => {
    expect(
      names(sortGridRows(sortByName(rows), { by: "name", descending: false }, figuresOf)),
    ).toEqual(["alpha", "Silent", "Team 2", "Team 10"]);
    expect(
      names(sortGridRows(sortByName(rows), { by: "name", descending: true }, figuresOf)),
    ).toEqual(["Team 10", "Team 2", "Silent", "alpha"]);
  });

  it("orders a figure highest first when descending, with rows lacking it last either way", () => {
    expect(
      names(sortGridRows(sortByName(rows), { by: "overdialRate", descending: true }, figuresOf)),
    ).toEqual(["Team 2", "alpha", "Team 10", "Silent"]);
    expect(
      names(sortGridRows(sortByName(rows), { by: "overdialRate", descending: false }, figuresOf)),
    ).toEqual(["Team 10", "alpha", "Team 2", "Silent"]);
  });

  it("orders states by name and equal values by the row's name", () => {
    expect(
      names(sortGridRows(sortByName(rows), { by: "status", descending: false }, figuresOf)),
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
    const misnamed = group("Closers", "Retention@Closers");
    const all = [...rows, misnamed];
    const byText = (text: string) =>
      names(filterGridRows(all, { text, level: "all" }, figuresOf, DEFAULT_THRESHOLDS));
    expect(byText("team")).toEqual(["Team 10", "Team 2"]);
    expect(byText("retention@")).toEqual(["Closers"]);
    expect(byText("  ")).toEqual(names(all));
    expect(byText("nobody")).toEqual([]);
  });

  it("keeps rows over a threshold, or only those in alarm, by the store's thresholds", () => {
    // Team 2's overdial rate (5%) is over the 3% alarm; alpha waits for agents (a warning).
    const over = filterGridRows(
      rows,
      { text: "", level: "warning" },
      figuresOf,
      DEFAULT_THRESHOLDS,
    );
    expect(names(over)).toEqual(["Team 2", "alpha"]);
    const alarm = filterGridRows(rows, { text: "", level: "alarm" }, figuresOf, DEFAULT_THRESHOLDS);
    expect(names(alarm)).toEqual(["Team 2"]);
    const none = filterGridRows(rows, { text: "", level: "alarm" }, figuresOf, []);
    expect(names(none)).toEqual([]);
  });
});

describe("gridRows", () => {
  it("lists the nodes of one kind in tree order, a shared object once", () => {
    const leads = () =>
      node(`l:${Math.random()}`, "callingList", "Leads", [], "Leads", "list:Leads");
    const root = node("root", "root", "Environment", [
      node("c:Sales", "campaign", "Sales", [
        group("Team A"),
        node("ccl:1", "campaignCallingList", "Sales@Leads", [leads()]),
      ]),
      node("c:Retention", "campaign", "Retention", [
        group("Closers"),
        node("ccl:2", "campaignCallingList", "Retention@Leads", [leads()]),
      ]),
    ]);
    expect(names(gridRows(root, "campaignGroup"))).toEqual(["Team A", "Closers"]);
    expect(names(gridRows(root, "campaignCallingList"))).toEqual([
      "Sales@Leads",
      "Retention@Leads",
    ]);
    expect(names(gridRows(root, "callingList"))).toEqual(["Leads"]);
    expect(gridRows(root, "groupAgents")).toEqual([]);
  });
});
