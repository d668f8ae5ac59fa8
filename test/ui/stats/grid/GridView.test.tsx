// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { asNodeId } from "../../../../src/model/config/ids";
import type { Hierarchy } from "../../../../src/model/hierarchy/Hierarchy";
import type { StatUpdate } from "../../../../src/model/stats/StatUpdate";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { useWorkspace } from "../../../../src/ui/shared/workspace/WorkspaceContext";
import { GridView } from "../../../../src/ui/stats/grid/GridView";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";
import { renderWorkspace } from "../../renderWorkspace";

const NOW = 1_000_000;

afterEach(() => localStorage.clear());

const group = (objectId: string, statistic: string, value: string | number): StatUpdate => ({
  objectType: "CampaignGroup",
  objectId,
  statistic,
  value,
  timestamp: NOW - 1000,
});

/** The sales fixture's groups with figures: Closers over the 3% overdial alarm. */
function renderGrid(options: { wallboard?: boolean; onWallboard?: (on: boolean) => void } = {}) {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    now: () => NOW,
  });
  let shown: Hierarchy | null = null;
  // The store rolls up over the hierarchy the workspace shows, as the controller hands it over.
  function ShownHierarchy() {
    shown = useWorkspace().hierarchy;
    return null;
  }
  const rendered = renderWorkspace(
    <>
      <GridView
        store={store}
        wallboard={options.wallboard ?? false}
        onWallboard={options.onWallboard ?? (() => {})}
        refreshMs={0}
      />
      <ShownHierarchy />
    </>,
  );
  store.setSource("simulated", 10_000);
  store.setConnection("connected");
  act(() => store.setHierarchy(shown));
  act(() => {
    store.ingest([
      group("Retention@Closers", "Status", "Running"),
      group("Retention@Closers", "Dialed", 800),
      group("Retention@Closers", "Answered", 200),
      group("Retention@Closers", "Abandoned", 9),
      group("Retention@Team1", "Status", "Running"),
      group("Retention@Team1", "Waiting", "WaitingAgents"),
      group("Retention@Team1", "Dialed", 500),
      group("Retention@Team1", "Answered", 100),
      group("Retention@Team1", "Abandoned", 1),
    ]);
    store.commit();
  });
  return { store, ...rendered, hierarchy: shown! as Hierarchy };
}

/** Whether the selection probe shows the row's node (by its NodeId, or by its path). */
function selectedIs(hierarchy: Hierarchy, row: HTMLElement): boolean {
  const node = asNodeId(Number(row.dataset.nodeId));
  const shown = screen.getByRole("status", { name: "selected node" }).textContent;
  return shown === String(node) || shown === hierarchy.pathOf(node);
}

const rowNames = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getByRole("rowheader").textContent);

describe("GridView", () => {
  it("lists the campaign groups with their figures, each cell coloured by its threshold", () => {
    renderGrid();
    const grid = screen.getByRole("grid", { name: "Campaign groups" });
    expect(grid).toHaveAttribute("aria-rowcount", "4");
    expect(rowNames()).toEqual([
      "Retention@Closers",
      "Retention@Team1",
      "Team A, Stat Server id Sales@Team1",
    ]);
    const closers = screen.getAllByRole("row")[1]!;
    const overdial = within(closers)
      .getAllByRole("gridcell")
      .find((cell) => cell.dataset.figure === "overdialRate")!;
    expect(overdial).toHaveTextContent("4.5%, alarm");
    expect(overdial).toHaveAttribute("data-level", "alarm");
    expect(overdial).toHaveAttribute("title", "Overdial rate: 4.5% (alarm: above 3.0%)");
    const team1 = screen.getAllByRole("row")[2]!;
    const waiting = within(team1)
      .getAllByRole("gridcell")
      .find((cell) => cell.dataset.figure === "waiting")!;
    expect(waiting).toHaveAttribute("data-level", "warning");
    const overdial1 = within(team1)
      .getAllByRole("gridcell")
      .find((cell) => cell.dataset.figure === "overdialRate")!;
    expect(overdial1).toHaveTextContent("1.0%");
    expect(overdial1).toHaveAttribute("data-level", "ok");
    // Team A has no figures: a dash, not a zero.
    const teamA = screen.getAllByRole("row")[3]!;
    expect(within(teamA).getAllByRole("gridcell")[0]).toHaveTextContent("—");
  });

  it("says in Team A's row that Stat Server does not know its id, instead of dashes", () => {
    const { store } = renderGrid();
    act(() => {
      store.ingest([
        group("Sales@Team1", "$verdict", "refused"),
        group("Sales@Team1", "$refusal", "Object not found"),
      ]);
      store.commit();
    });
    const teamA = screen.getAllByRole("row")[3]!;
    const cells = within(teamA).getAllByRole("gridcell");
    expect(cells).toHaveLength(1);
    expect(cells[0]).toHaveAttribute("aria-colspan", "5");
    expect(cells[0]).toHaveTextContent("Stat Server does not know CampaignGroup Sales@Team1");
    expect(cells[0]).toHaveAttribute("title", "Stat Server: Object not found");
  });

  it("sorts by a header's button, highest first, then the other way, and says so in aria-sort", async () => {
    const user = userEvent.setup();
    renderGrid();
    const header = screen.getByRole("columnheader", { name: /Overdial rate/ });
    expect(header).toHaveAttribute("aria-sort", "none");
    expect(screen.getByRole("columnheader", { name: /Name/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    await user.click(within(header).getByRole("button", { name: /Overdial rate/ }));
    expect(header).toHaveAttribute("aria-sort", "descending");
    expect(rowNames()[0]).toBe("Retention@Closers");
    expect(rowNames()[2]).toMatch(/^Team A/);
    await user.click(within(header).getByRole("button", { name: /Overdial rate/ }));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    expect(rowNames()[0]).toBe("Retention@Team1");
    expect(rowNames()[2]).toMatch(/^Team A/);
  });

  it("filters by name and by level, and counts what it shows", async () => {
    const user = userEvent.setup();
    renderGrid();
    await user.type(screen.getByRole("searchbox", { name: "Filter" }), "team");
    expect(rowNames()).toEqual(["Retention@Team1", "Team A, Stat Server id Sales@Team1"]);
    expect(screen.getByText("2 of 3 campaign groups")).toBeInTheDocument();
    await user.clear(screen.getByRole("searchbox", { name: "Filter" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "In alarm");
    expect(rowNames()).toEqual(["Retention@Closers"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Show" }), "Over a threshold");
    expect(rowNames()).toEqual(["Retention@Closers", "Retention@Team1"]);
    await user.type(screen.getByRole("searchbox", { name: "Filter" }), "nobody");
    expect(screen.getByText("No campaign groups match the filter.")).toBeInTheDocument();
  });

  it("shows the columns chosen, and keeps them for the next visit", async () => {
    const user = userEvent.setup();
    const first = renderGrid();
    await user.click(screen.getByRole("button", { name: "Columns (5)" }));
    const chooser = screen.getByRole("group", { name: "Figures shown as columns" });
    await user.click(within(chooser).getByRole("checkbox", { name: "Dialed" }));
    await user.click(within(chooser).getByRole("checkbox", { name: "Busy factor" }));
    expect(screen.getByRole("columnheader", { name: /Dialed/ })).toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: /Busy factor/ })).toBeNull();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Figures shown as columns" })).toBeNull();
    expect(screen.getByRole("button", { name: "Columns (5)" })).toHaveFocus();
    first.unmount();

    renderGrid();
    const headers = screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual([
      "Name▲",
      "Status",
      "Waiting",
      "Agents ready",
      "Dialed",
      "Overdial rate",
    ]);
  });

  it("opens with the defaults when the saved columns are corrupt", () => {
    localStorage.setItem("campaign-lens:grid", '{"kind":"campaignGroup","columns":');
    renderGrid();
    expect(screen.getByRole("button", { name: "Columns (5)" })).toBeInTheDocument();
    expect(screen.getAllByRole("row")).toHaveLength(4);
  });

  it("moves the active row with the arrow keys and selects it with Enter, for the outline too", async () => {
    const user = userEvent.setup();
    const rendered = renderGrid();
    const grid = screen.getByRole("grid");
    grid.focus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const active = document.getElementById(grid.getAttribute("aria-activedescendant")!)!;
    expect(within(active).getByRole("rowheader")).toHaveTextContent("Retention@Team1");
    expect(screen.getByRole("status", { name: "selected node" })).toHaveTextContent("none");
    await user.keyboard("{Enter}");
    expect(active).toHaveAttribute("aria-selected", "true");
    expect(selectedIs(rendered.hierarchy, active)).toBe(true);
    await user.keyboard("{End}");
    expect(document.getElementById(grid.getAttribute("aria-activedescendant")!)).toHaveTextContent(
      /^Team A/,
    );
  });

  it("selects a row on click", async () => {
    const user = userEvent.setup();
    const { hierarchy } = renderGrid();
    const row = screen.getAllByRole("row")[1]!;
    await user.click(within(row).getByRole("rowheader"));
    expect(selectedIs(hierarchy, row)).toBe(true);
  });

  it("on the wall shows no controls but its exit, and keeps the last figures while reconnecting", async () => {
    const user = userEvent.setup();
    const onWallboard = vi.fn();
    const { store } = renderGrid({ wallboard: true, onWallboard });
    const wall = screen.getByRole("dialog", { name: /Campaign groups/ });
    expect(
      within(wall)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Exit wallboard Esc"]);
    expect(within(wall).queryByRole("combobox")).toBeNull();
    expect(within(wall).getByRole("status")).toHaveTextContent("Simulated");
    act(() => {
      store.setConnection("reconnecting", "retrying in 2 s");
      store.commit();
    });
    expect(within(wall).getByRole("status")).toHaveTextContent(
      /^Reconnecting: showing figures from/,
    );
    expect(within(wall).getAllByRole("row")).toHaveLength(4);
    const alarms = within(wall)
      .getAllByRole("gridcell")
      .filter((cell) => cell.dataset.level === "alarm");
    expect(alarms.map((cell) => cell.textContent)).toEqual(["4.5%, alarm"]);

    // Back online, the wall resumes: new figures replace the kept ones.
    act(() => {
      store.setConnection("connected");
      store.ingest([group("Retention@Closers", "Abandoned", 1)]);
      store.commit();
    });
    expect(within(wall).getByRole("status")).toHaveTextContent(/^Simulated$/);
    const overdial = within(wall)
      .getAllByRole("row")[1]!
      .querySelector('[data-figure="overdialRate"]');
    expect(overdial).toHaveTextContent("0.5%");
    expect(overdial).toHaveAttribute("data-level", "ok");
    await user.click(within(wall).getByRole("button", { name: /Exit wallboard/ }));
    expect(onWallboard).toHaveBeenCalledWith(false);
  });
});
