import { describe, expect, it } from "vitest";
import { asNodeId, type NodeId } from "../../src/model/config/ids";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { filterHierarchy } from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import {
  rowNode,
  rowOf,
  visibleRows,
  type VisibleRows,
} from "../../src/ui/shared/viewState/visibleRows";
import { fixtureHierarchy, sampleTree } from "./hierarchyFixture";
import { DEEP, WIDE, wideAndDeepHierarchy } from "./wideAndDeep.fixture";

const { hierarchy, at } = fixtureHierarchy(sampleTree());
const whole = wholeHierarchy(hierarchy);

const lines = (rows: VisibleRows) =>
  Array.from(
    { length: rows.length },
    (_, i) =>
      `${rows.level[i]}:${hierarchy.name(rowNode(rows, i))}:${rows.posInSet[i]}/${rows.setSize[i]}`,
  );

describe("visibleRows", () => {
  it("shows only the top nodes when nothing is open", () => {
    const rows = visibleRows(whole, new Set());
    expect(lines(rows)).toEqual(["1:Environment:1/1"]);
  });

  it("lists open nodes' children in reading order with level, position and set size", () => {
    const open = new Set([at("t:Environment"), at("c:Sales")]);
    const rows = visibleRows(whole, open);
    expect(lines(rows)).toEqual([
      "1:Environment:1/1",
      "2:Sales:1/2",
      "3:Team A:1/2",
      "3:Leads:2/2",
      "2:Retention:2/2",
    ]);
    expect(rowOf(rows, at("cg:Sales/Team A"))).toBe(2);
    expect(rowOf(rows, at("ag:Sales/Team A/Agents"))).toBe(-1);
  });

  it("keeps to the shown nodes, counting only them among siblings", () => {
    const only = new Set([at("ccl:Sales/Leads"), at("c:Retention")]);
    const filtered = filterHierarchy(hierarchy, {
      matches: (n) => only.has(n),
      candidates: only,
      focus: null,
    });
    const shown = { hierarchy, top: filtered.top, shown: filtered.shown };
    const everyOpen = new Set<NodeId>([at("t:Environment"), at("c:Sales"), at("c:Retention")]);
    expect(lines(visibleRows(shown, everyOpen))).toEqual([
      "1:Environment:1/1",
      "2:Sales:1/2",
      "3:Leads:1/1",
      "2:Retention:2/2",
    ]);
  });

  it("starts from a focused node at level 1", () => {
    const shown = { hierarchy, top: [at("c:Sales")], shown: null };
    expect(lines(visibleRows(shown, new Set([at("c:Sales")])))).toEqual([
      "1:Sales:1/1",
      "2:Team A:1/2",
      "2:Leads:2/2",
    ]);
  });

  it("walks a wide and deep hierarchy without recursion", () => {
    const big = wideAndDeepHierarchy();
    const everyOpen = new Set<NodeId>();
    for (let n = 1; n < big.size; n++) everyOpen.add(asNodeId(n));
    const rows = visibleRows(wholeHierarchy(big), everyOpen);
    expect(rows.length).toBe(big.size - 1);
    expect(rows.setSize[1]).toBe(WIDE);
    expect(rows.posInSet[WIDE]).toBe(WIDE);
    expect(rows.level[rows.length - 1]).toBe(DEEP);
  });
});
