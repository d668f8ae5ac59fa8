// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { asNodePath, type NodeId, type NodePath } from "../../src/model/config/ids";
import { FilterBar } from "../../src/ui/features/outline/FilterBar";
import { Outline } from "../../src/ui/features/outline/Outline";
import { ShownHierarchyProvider } from "../../src/ui/shared/shownHierarchy/ShownHierarchyProvider";
import type { Alarm, AlarmSnapshot, AlarmSource } from "../../src/ui/shared/statsSlots/StatsSlots";
import type { NodeFilter } from "../../src/ui/shared/url/urlState";
import { analyseConfig } from "../../src/ui/worker/analyseConfig";
import { fixtureText, renderWorkspace } from "./renderWorkspace";
import { snapshotOf } from "./stats/alarms/snapshotOf";

const CAROL = asNodePath(
  "tenant:Environment/campaign:Retention/campaignGroup:Retention@Closers/groupAgents:Closers/agent:carol",
);
const LEADS = asNodePath("tenant:Environment/campaign:Sales/campaignCallingList:Leads");
const ALICE = asNodePath(
  "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1/agent:alice",
);

/** The filter and focus as the address bar would hold them, shown in the outline. */
function Filtered({
  initialFilter = null,
  initialFocus = null,
}: {
  initialFilter?: NodeFilter | null;
  initialFocus?: NodePath | null;
}) {
  const [filter, setFilter] = useState(initialFilter);
  const [focus, setFocus] = useState(initialFocus);
  return (
    <ShownHierarchyProvider
      filter={filter}
      focus={focus}
      onShowAll={() => {
        setFilter(null);
        setFocus(null);
      }}
    >
      <FilterBar filter={filter} focus={focus} onFilter={setFilter} onFocus={setFocus} />
      <Outline />
    </ShownHierarchyProvider>
  );
}

// The workspace analyses the same fixture the same way: its nodes are these.
const ANALYSIS = analyseConfig(
  [{ path: "sales.json", content: fixtureText("sales.json") }],
  "campaign",
);
const HIERARCHY = ANALYSIS.hierarchy;
/** The workspace over that very analysis: alarms name nodes of its hierarchy. */
const renderSales = (ui: ReactNode, options: Parameters<typeof renderWorkspace>[1] = {}) =>
  renderWorkspace(ui, { analysis: ANALYSIS, ...options });

/** A stand-in for the statistics feature's alarms: a map the test changes. */
function fakeAlarms(...paths: NodePath[]) {
  const listeners = new Set<() => void>();
  let alarms: ReadonlyMap<NodeId, Alarm> = new Map();
  const set = (at: NodePath[]) => {
    alarms = new Map(
      at.map((path) => {
        const node = HIERARCHY.nodeAt(path)!;
        const alarm: Alarm = {
          node,
          level: "alarm",
          figure: "overdialRate",
          value: 0.05,
          since: 0,
        };
        return [node, alarm];
      }),
    );
    for (const listener of listeners) listener();
  };
  set(paths);
  const source: AlarmSource = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAlarms: () => snapshotOf(HIERARCHY, alarms),
  };
  return { source, set };
}

const names = () =>
  screen.getAllByRole("treeitem").map((row) => row.getAttribute("aria-label") ?? row.textContent);
const rowNamed = (name: RegExp) => screen.getByRole("treeitem", { name });

describe("filters of the outline", () => {
  it("shows only the nodes with findings, each with its ancestors, and opens the path", async () => {
    const user = userEvent.setup();
    renderSales(<Filtered />);
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "With findings" }));
    const rows = screen.getAllByRole("treeitem");
    expect(rows).toHaveLength(3);
    expect(rowNamed(/^Environment/)).toHaveAttribute("aria-expanded", "true");
    expect(rowNamed(/^Sales\s?, Campaign/)).toHaveAttribute("aria-expanded", "true");
    expect(rowNamed(/^Team A\s?, Campaign group/)).toBeInTheDocument();
    expect(screen.queryByRole("treeitem", { name: /^Retention\s?, Campaign/ })).toBeNull();
    expect(screen.getByRole("status", { name: "" })).toHaveTextContent(
      "1 object with findings, shown with their paths.",
    );
    await user.click(screen.getByRole("radio", { name: "All objects" }));
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
  });

  it("disables 'In alarm', with the reason, when the statistics feature gives no alarms", () => {
    renderSales(<Filtered />);
    const alarms = screen.getByRole("radio", { name: "In alarm" });
    expect(alarms).toBeDisabled();
    expect(alarms).toHaveAccessibleDescription(/needs live or simulated statistics/);
  });

  it("says a link's alarm filter cannot apply without alarms, and shows everything", () => {
    renderSales(<Filtered initialFilter="alarms" />);
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
    expect(screen.getByText(/Alarms are not available/)).toBeInTheDocument();
  });

  it("applies no alarm judged on another hierarchy than the workspace's, and opens no path for it", async () => {
    const user = userEvent.setup();
    // The same file under another pivot: the store's figures until it rolls up the new one.
    const other = analyseConfig(
      [{ path: "sales.json", content: fixtureText("sales.json") }],
      "group",
    ).hierarchy;
    const carol = HIERARCHY.nodeAt(CAROL)!;
    let snapshot: AlarmSnapshot = {
      hierarchy: other,
      alarms: new Map([
        [carol, { node: carol, level: "alarm", figure: "overdialRate", value: 0.05, since: 0 }],
      ]),
    };
    const listeners = new Set<() => void>();
    const source: AlarmSource = {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      getAlarms: () => snapshot,
    };
    renderSales(<Filtered />, { statsSlots: { alarms: source } });
    await user.click(screen.getByRole("radio", { name: "In alarm" }));
    expect(screen.queryAllByRole("treeitem")).toHaveLength(0);
    expect(screen.getAllByText("No object is in alarm now.").length).toBeGreaterThan(0);
    // Judged again on the workspace's hierarchy, the same alarm applies.
    act(() => {
      snapshot = { ...snapshot, hierarchy: HIERARCHY };
      for (const listener of listeners) listener();
    });
    expect(rowNamed(/^carol/)).toBeInTheDocument();
  });

  it("shows only the nodes in alarm from the alarm source, following it as it changes", async () => {
    const user = userEvent.setup();
    const alarms = fakeAlarms(CAROL);
    renderSales(<Filtered />, { statsSlots: { alarms: alarms.source } });
    const before = names();
    await user.click(screen.getByRole("radio", { name: "In alarm" }));
    expect(names()).toHaveLength(5);
    expect(rowNamed(/^carol/)).toBeInTheDocument();
    expect(rowNamed(/^Closers\s?, Agent group/)).toHaveAttribute("aria-expanded", "true");
    expect(screen.queryByRole("treeitem", { name: /^Sales\s?, Campaign/ })).toBeNull();
    act(() => alarms.set([CAROL, LEADS]));
    expect(rowNamed(/^Sales\s?, Campaign/)).toBeInTheDocument();
    // A node newly in alarm is shown with its path opened; a path the user closed stays closed.
    await user.click(rowNamed(/^Closers\s?, Agent group/).querySelector(".outline-twisty")!);
    expect(screen.queryByRole("treeitem", { name: /^carol/ })).toBeNull();
    act(() => alarms.set([CAROL, LEADS, ALICE]));
    expect(rowNamed(/^alice/)).toBeInTheDocument();
    expect(screen.queryByRole("treeitem", { name: /^carol/ })).toBeNull();
    act(() => alarms.set([]));
    expect(screen.queryAllByRole("treeitem")).toHaveLength(0);
    expect(screen.getAllByText("No object is in alarm now.").length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Show all objects" }));
    // What was open before comes back, not every path the filter opened (Team A's, alice's).
    expect(names()).toEqual(before);
  });

  it("disables 'In alarm' while statistics are off, with the reason, and enables it once they are on", async () => {
    const user = userEvent.setup();
    const alarms = fakeAlarms(CAROL);
    let available = false;
    const listeners = new Set<() => void>();
    const source: AlarmSource = {
      subscribe: (listener) => {
        listeners.add(listener);
        const inner = alarms.source.subscribe(listener);
        return () => {
          listeners.delete(listener);
          inner();
        };
      },
      getAlarms: alarms.source.getAlarms,
      isAvailable: () => available,
    };
    renderSales(<Filtered initialFilter="alarms" />, { statsSlots: { alarms: source } });
    const inAlarm = screen.getByRole("radio", { name: "In alarm" });
    expect(inAlarm).toBeDisabled();
    expect(inAlarm).toHaveAccessibleDescription(/needs live or simulated statistics/);
    // A link's alarm filter does not apply yet: everything is shown, the choices say so.
    expect(inAlarm).not.toBeChecked();
    expect(screen.getByRole("radio", { name: "All objects" })).toBeChecked();
    expect(screen.getByText(/Alarms are not available/)).toBeInTheDocument();
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
    expect(screen.getByText(/Alarms are not available/)).toBeInTheDocument();
    act(() => {
      available = true;
      for (const listener of listeners) listener();
    });
    expect(inAlarm).toBeEnabled();
    expect(inAlarm).toBeChecked();
    expect(names()).toHaveLength(5);
    expect(rowNamed(/^carol/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "All objects" }));
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
  });

  it("drops a link's alarm filter waiting for statistics when 'All objects' is chosen", async () => {
    const user = userEvent.setup();
    const alarms = fakeAlarms(CAROL);
    const source: AlarmSource = { ...alarms.source, isAvailable: () => false };
    renderSales(<Filtered initialFilter="alarms" />, { statsSlots: { alarms: source } });
    await user.click(screen.getByRole("radio", { name: "All objects" }));
    expect(screen.queryByText(/Alarms are not available/)).toBeNull();
  });

  it("focuses on the selected node's subtree with the path to it, and goes back", async () => {
    const user = userEvent.setup();
    renderSales(<Filtered />);
    const focus = screen.getByRole("button", { name: "Focus on selected" });
    expect(focus).toBeDisabled();
    await user.click(rowNamed(/^Sales\s?, Campaign/));
    await user.click(focus);
    const trail = screen.getByRole("navigation", { name: "Focus" });
    expect(
      within(trail)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Environment", "Sales"]);
    expect(screen.queryByRole("treeitem", { name: /^Retention\s?, Campaign/ })).toBeNull();
    // The path to the focused node is in the trail; its subtree is the outline, from level 1.
    expect(screen.queryByRole("treeitem", { name: /^Environment/ })).toBeNull();
    expect(rowNamed(/^Sales\s?, Campaign/)).toHaveAttribute("aria-level", "1");
    expect(rowNamed(/^Team A\s?, Campaign group/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "With findings" }));
    expect(names()).toHaveLength(2);
    await user.click(within(trail).getByRole("button", { name: "Show whole hierarchy" }));
    expect(screen.queryByRole("navigation", { name: "Focus" })).toBeNull();
    expect(names()).toHaveLength(3);
    await user.click(screen.getByRole("radio", { name: "All objects" }));
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
  });

  it("says nothing matches inside a focus, instead of a blank panel", async () => {
    const user = userEvent.setup();
    renderSales(<Filtered initialFocus={asNodePath("tenant:Environment/campaign:Retention")} />);
    await user.click(screen.getByRole("radio", { name: "With findings" }));
    expect(screen.queryAllByRole("treeitem")).toHaveLength(0);
    expect(screen.getAllByText("No object under Retention has findings.").length).toBe(2);
  });

  it("falls back to the whole hierarchy, saying so, when the focused id is not in it", async () => {
    const user = userEvent.setup();
    renderSales(<Filtered initialFocus={asNodePath("tenant:Environment/campaign:Gone")} />);
    expect(rowNamed(/^Retention\s?, Campaign/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /The focused object tenant:Environment\/campaign:Gone is not in this hierarchy/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear focus" }));
    expect(screen.queryByText(/is not in this hierarchy/)).toBeNull();
  });
});
