import { describe, expect, it } from "vitest";
import { asNodePath } from "../../src/model/config/ids";
import { visibleRows } from "../../src/ui/shared/viewState/visibleRows";
import { sampleTree } from "./hierarchyFixture";

describe("visibleRows", () => {
  it("shows only the top nodes when nothing is open", () => {
    const rows = visibleRows(sampleTree(), new Set());
    expect(rows.map((r) => r.node.name)).toEqual(["Environment"]);
    expect(rows[0]).toMatchObject({ level: 1, posInSet: 1, setSize: 1 });
  });

  it("lists open nodes' children in reading order with level, position and set size", () => {
    const open = new Set(["t:Environment", "c:Sales"].map(asNodePath));
    const rows = visibleRows(sampleTree(), open);
    expect(rows.map((r) => `${r.level}:${r.node.name}:${r.posInSet}/${r.setSize}`)).toEqual([
      "1:Environment:1/1",
      "2:Sales:1/2",
      "3:Team A:1/2",
      "3:Leads:2/2",
      "2:Retention:2/2",
    ]);
    expect(rows[2]!.parent).toBe("c:Sales");
  });
});
