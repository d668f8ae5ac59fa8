// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { asNodeId, type NodeId } from "../../../../src/model/config/ids";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { GridTable } from "../../../../src/ui/stats/grid/GridTable";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";
import { HierarchyBuilder } from "../../../../src/model/hierarchy/HierarchyBuilder";
// Gives elements a laptop panel's size, which the virtualiser reads (jsdom lays nothing out).
import "../../renderWorkspace";

describe("GridTable", () => {
  it("keeps only the rows in view in the document at 100,000 rows, and reaches the last with End", async () => {
    const user = userEvent.setup();
    const builder = new HierarchyBuilder();
    builder.open("root", "", null, null);
    for (let i = 0; i < 100_000; i += 1) {
      builder.leaf("campaignGroup", `Group ${i}`, `Sales@Group ${i}`, null);
    }
    builder.close();
    const hierarchy = builder.finish();
    const rows = Array.from({ length: 100_000 }, (_, i) => asNodeId(i + 1));
    const store = new StatsStore({ thresholds: DEFAULT_THRESHOLDS, scheduleFrame: () => {} });
    render(
      <GridTable
        store={store}
        hierarchy={hierarchy}
        rows={rows}
        columns={["status", "overdialRate"]}
        label="Campaign groups"
        sort={{ by: "name", descending: false }}
        rowHeight={34}
        selected={null}
        highlighted={new Set<NodeId>()}
        refreshMs={0}
      />,
    );
    const grid = screen.getByRole("grid", { name: "Campaign groups" });
    expect(grid).toHaveAttribute("aria-rowcount", "100001");
    const inDocument = within(grid).getAllByRole("row").length;
    expect(inDocument).toBeGreaterThan(10);
    expect(inDocument).toBeLessThan(60);
    grid.focus();
    await user.keyboard("{End}");
    const active = document.getElementById(grid.getAttribute("aria-activedescendant")!)!;
    expect(active).toHaveAttribute("aria-rowindex", "100001");
    expect(within(active).getByRole("rowheader")).toHaveTextContent(/^Group 99999/);
  });
});
