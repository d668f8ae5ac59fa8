import { describe, expect, it } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { outlineKeyActions, typeAheadMatch } from "../../src/ui/features/outline/outlineKeyboard";
import { visibleRows } from "../../src/ui/shared/viewState/visibleRows";
import { sampleTree } from "./hierarchyFixture";

const open = new Set(["t:Environment", "c:Sales"].map(asNodePath));
const rows = visibleRows(sampleTree(), open);
// Environment, Sales, Team A, Leads, Retention
const at = (name: string) => rows.findIndex((r) => r.node.name === name);

describe("outlineKeyActions (WAI-ARIA tree keys)", () => {
  it("ArrowDown and ArrowUp move focus and stop at the ends", () => {
    expect(outlineKeyActions("ArrowDown", rows, 0, open)).toEqual([
      { type: "focus", id: "c:Sales" },
    ]);
    expect(outlineKeyActions("ArrowUp", rows, 0, open)).toEqual([
      { type: "focus", id: "t:Environment" },
    ]);
    expect(outlineKeyActions("End", rows, 0, open)).toEqual([{ type: "focus", id: "c:Retention" }]);
    expect(outlineKeyActions("Home", rows, 4, open)).toEqual([
      { type: "focus", id: "t:Environment" },
    ]);
  });

  it("ArrowRight opens a closed node, and on an open node moves to its first child", () => {
    expect(outlineKeyActions("ArrowRight", rows, at("Retention"), open)).toEqual([
      { type: "expand", id: "c:Retention" },
    ]);
    expect(outlineKeyActions("ArrowRight", rows, at("Sales"), open)).toEqual([
      { type: "focus", id: "cg:Sales/Team A" },
    ]);
  });

  it("ArrowLeft closes an open node, and on a closed one moves to its parent", () => {
    expect(outlineKeyActions("ArrowLeft", rows, at("Sales"), open)).toEqual([
      { type: "collapse", id: "c:Sales" },
    ]);
    expect(outlineKeyActions("ArrowLeft", rows, at("Team A"), open)).toEqual([
      { type: "focus", id: "c:Sales" },
    ]);
  });

  it("Enter and Space select the focused node; * opens every sibling", () => {
    expect(outlineKeyActions("Enter", rows, at("Team A"), open)).toEqual([
      { type: "select", id: "cg:Sales/Team A" },
    ]);
    expect(outlineKeyActions(" ", rows, at("Leads"), open)).toEqual([
      { type: "select", id: "ccl:Sales/Leads" },
    ]);
    expect(outlineKeyActions("*", rows, at("Sales"), open)).toEqual([
      { type: "expandMany", ids: ["c:Sales", "c:Retention"] },
    ]);
  });

  it("ignores keys the pattern does not define", () => {
    expect(outlineKeyActions("x", rows, 0, open)).toBeNull();
  });
});

describe("typeAheadMatch", () => {
  it("finds the next row starting with the typed letters, wrapping around", () => {
    expect(typeAheadMatch(rows, 0, "r")).toBe(at("Retention"));
    expect(typeAheadMatch(rows, at("Retention"), "s")).toBe(at("Sales"));
    expect(typeAheadMatch(rows, 0, "team")).toBe(at("Team A"));
    expect(typeAheadMatch(rows, 0, "zzz")).toBe(-1);
  });
});
