import { describe, expect, it } from "vitest";
import { outlineKeyActions, typeAheadMatch } from "../../src/ui/features/outline/outlineKeyboard";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { rowNode, visibleRows } from "../../src/ui/shared/viewState/visibleRows";
import { fixtureHierarchy, sampleTree } from "./hierarchyFixture";

const { hierarchy, at } = fixtureHierarchy(sampleTree());
const whole = wholeHierarchy(hierarchy);
const open = new Set([at("t:Environment"), at("c:Sales")]);
const rows = visibleRows(whole, open);
// Environment, Sales, Team A, Leads, Retention
const row = (name: string) => {
  for (let i = 0; i < rows.length; i++) if (hierarchy.name(rowNode(rows, i)) === name) return i;
  return -1;
};
const keys = (key: string, focused: number) => outlineKeyActions(key, whole, rows, focused, open);

describe("outlineKeyActions (WAI-ARIA tree keys)", () => {
  it("ArrowDown and ArrowUp move focus and stop at the ends", () => {
    expect(keys("ArrowDown", 0)).toEqual([{ type: "focus", id: at("c:Sales") }]);
    expect(keys("ArrowUp", 0)).toEqual([{ type: "focus", id: at("t:Environment") }]);
    expect(keys("End", 0)).toEqual([{ type: "focus", id: at("c:Retention") }]);
    expect(keys("Home", 4)).toEqual([{ type: "focus", id: at("t:Environment") }]);
  });

  it("ArrowRight opens a closed node, and on an open node moves to its first child", () => {
    expect(keys("ArrowRight", row("Retention"))).toEqual([
      { type: "expand", id: at("c:Retention") },
    ]);
    expect(keys("ArrowRight", row("Sales"))).toEqual([
      { type: "focus", id: at("cg:Sales/Team A") },
    ]);
  });

  it("ArrowLeft closes an open node, and on a closed one moves to its parent", () => {
    expect(keys("ArrowLeft", row("Sales"))).toEqual([{ type: "collapse", id: at("c:Sales") }]);
    expect(keys("ArrowLeft", row("Team A"))).toEqual([{ type: "focus", id: at("c:Sales") }]);
    expect(keys("ArrowLeft", row("Retention"))).toEqual([
      { type: "focus", id: at("t:Environment") },
    ]);
    const closed = visibleRows(whole, new Set());
    expect(outlineKeyActions("ArrowLeft", whole, closed, 0, new Set())).toEqual([]);
  });

  it("Enter and Space select the focused node; * opens every sibling", () => {
    expect(keys("Enter", row("Team A"))).toEqual([{ type: "select", id: at("cg:Sales/Team A") }]);
    expect(keys(" ", row("Leads"))).toEqual([{ type: "select", id: at("ccl:Sales/Leads") }]);
    expect(keys("*", row("Sales"))).toEqual([
      { type: "expandMany", ids: [at("c:Sales"), at("c:Retention")] },
    ]);
  });

  it("treats a node whose children are all filtered out as a leaf", () => {
    const shown = new Uint8Array(hierarchy.size);
    for (const id of ["t:Environment", "c:Sales", "c:Retention"]) shown[at(id)] = 1;
    const filtered = { hierarchy, top: [at("t:Environment")], shown };
    const filteredRows = visibleRows(filtered, open);
    const retention = 2;
    expect(hierarchy.name(rowNode(filteredRows, retention))).toBe("Retention");
    expect(outlineKeyActions("ArrowRight", filtered, filteredRows, retention, open)).toEqual([]);
  });

  it("ignores keys the pattern does not define", () => {
    expect(keys("x", 0)).toBeNull();
  });
});

describe("typeAheadMatch", () => {
  it("finds the next row starting with the typed letters, wrapping around", () => {
    expect(typeAheadMatch(hierarchy, rows, 0, "r")).toBe(row("Retention"));
    expect(typeAheadMatch(hierarchy, rows, row("Retention"), "s")).toBe(row("Sales"));
    expect(typeAheadMatch(hierarchy, rows, 0, "team")).toBe(row("Team A"));
    expect(typeAheadMatch(hierarchy, rows, 0, "zzz")).toBe(-1);
  });
});
