// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import type { ReactNode } from "react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { NodeId } from "../../../../src/model/config/ids";
import { DEFAULT_THRESHOLDS } from "../../../../src/model/stats/Threshold";
import { SidePanelTabs } from "../../../../src/ui/app/SidePanelTabs";
import type { Alarm, AlarmSource } from "../../../../src/ui/shared/statsSlots/StatsSlots";
import { AlarmAcknowledgements } from "../../../../src/ui/stats/alarms/AlarmAcknowledgements";
import { AlarmHeaderCount } from "../../../../src/ui/stats/alarms/AlarmHeaderCount";
import { AlarmList } from "../../../../src/ui/stats/alarms/AlarmList";
import { AlarmSound } from "../../../../src/ui/stats/alarms/AlarmSound";
import { StatsStore } from "../../../../src/ui/stats/StatsStore";
import { analyseConfig } from "../../../../src/ui/worker/analyseConfig";
import { fixtureText, renderWorkspace } from "../../renderWorkspace";
import { snapshotOf } from "./snapshotOf";

const NOW = Date.UTC(2026, 11, 7, 9, 30, 0);
/** The hierarchy renderWorkspace shows: the sales fixture under the campaign pivot. */
const ANALYSIS = analyseConfig(
  [{ path: "sales.json", content: fixtureText("sales.json") }],
  "campaign",
);
const HIERARCHY = ANALYSIS.hierarchy;
/** The workspace over that very analysis: alarms name nodes of its hierarchy. */
const renderSales = (ui: ReactNode, options: Parameters<typeof renderWorkspace>[1] = {}) =>
  renderWorkspace(ui, { analysis: ANALYSIS, ...options });
const TEAM_A = HIERARCHY.nodeAt("tenant:Environment/campaign:Sales/campaignGroup:Team A")!;
const SALES = HIERARCHY.nodeAt("tenant:Environment/campaign:Sales")!;

function fakeAlarms(list: readonly Alarm[]) {
  const listeners = new Set<() => void>();
  let alarms: ReadonlyMap<NodeId, Alarm> = new Map(list.map((a) => [a.node, a]));
  const source: AlarmSource & { publish(list: readonly Alarm[]): void } = {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getAlarms: () => snapshotOf(HIERARCHY, alarms),
    publish(next) {
      alarms = new Map(next.map((a) => [a.node, a]));
      for (const l of listeners) l();
    },
  };
  return source;
}

const overdial: Alarm = {
  node: TEAM_A,
  level: "alarm",
  figure: "overdialRate",
  value: 0.045,
  since: NOW - 3 * 60_000,
};
const groupsWaiting: Alarm = {
  node: SALES,
  level: "warning",
  figure: "groupsWaiting",
  value: 2,
  since: NOW - 20_000,
};

function setUp(list: readonly Alarm[] = [overdial, groupsWaiting]) {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    now: () => NOW,
  });
  store.setSource("simulated", 10_000);
  store.commit();
  const alarms = fakeAlarms(list);
  const acknowledgements = new AlarmAcknowledgements(() => HIERARCHY);
  const sound = new AlarmSound(alarms, acknowledgements);
  const props = { store, alarms, acknowledgements, sound };
  return { ...props, list: <AlarmList {...props} /> };
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/");
});

describe("AlarmList", () => {
  it("lists the nodes over a threshold newest first, with the figure's name, its value as figures are shown, and when it went over", () => {
    const { list } = setUp();
    renderSales(list);
    const rows = within(screen.getByRole("list", { name: "Alarms, newest first" })).getAllByRole(
      "listitem",
    );
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Warning.*Sales.*Groups waiting 2.*went over 20 s ago/),
      expect.stringMatching(/^Alarm.*Team A.*Overdial rate 4\.5%.*went over 3 min ago/),
    ]);
    const when = within(rows[1]!).getByText("3 min ago");
    expect(when.tagName).toBe("TIME");
    expect(when).toHaveAttribute("dateTime", new Date(NOW - 180_000).toISOString());
    expect(when.getAttribute("title")).toMatch(/2026/);
    expect(screen.getByText("2 nodes over a threshold, 2 unacknowledged")).toBeInTheDocument();
  });

  it("names a state as the thresholds editor does, not as Stat Server stores it", () => {
    const systemError: Alarm = {
      node: TEAM_A,
      level: "alarm",
      figure: "waiting",
      value: "SystemError",
      since: NOW - 5_000,
    };
    const { list } = setUp([systemError]);
    renderSales(list);
    const row = within(screen.getByRole("list", { name: "Alarms, newest first" })).getByRole(
      "listitem",
    );
    expect(row).toHaveTextContent("Waiting System error");
    expect(row.textContent).not.toContain("SystemError");
    expect(within(row).getByRole("button", { name: /^Acknowledge / })).toHaveAccessibleName(
      "Acknowledge alarm on Team A: Waiting System error",
    );
  });

  it("selects the alarm's node when its row is clicked", async () => {
    const { list } = setUp();
    renderSales(list);
    await userEvent.click(screen.getByRole("button", { name: /^Alarm Team A/ }));
    // The probe may show the selection as its NodeId or as its path.
    expect([String(TEAM_A), HIERARCHY.pathOf(TEAM_A)]).toContain(
      screen.getByRole("status", { name: "selected node" }).textContent,
    );
    expect(screen.getByRole("button", { name: /^Alarm Team A/ })).toHaveAttribute(
      "aria-current",
      "true",
    );
  });

  it("acknowledges an alarm for good, keeping focus in its row", async () => {
    const { list } = setUp();
    renderSales(list);
    await userEvent.click(
      screen.getByRole("button", { name: "Acknowledge alarm on Team A: Overdial rate 4.5%" }),
    );
    expect(screen.queryByRole("button", { name: /Acknowledge alarm on Team A/ })).toBeNull();
    expect(screen.getByText("Acknowledged")).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /^Alarm Team A/ }));
    expect(screen.getByText("2 nodes over a threshold, 1 unacknowledged")).toBeInTheDocument();
    expect(new AlarmAcknowledgements(() => HIERARCHY).isAcknowledged(overdial)).toBe(true);
  });

  it("shows an acknowledged alarm that cleared and came back as new", async () => {
    const { list, alarms } = setUp([overdial]);
    renderSales(list);
    await userEvent.click(screen.getByRole("button", { name: /^Acknowledge alarm on Team A/ }));
    act(() => alarms.publish([]));
    expect(screen.getByText("No node is over a threshold now.")).toBeInTheDocument();
    act(() => alarms.publish([{ ...overdial, since: NOW - 1000 }]));
    expect(screen.getByRole("button", { name: /^Acknowledge alarm on Team A/ })).toBeVisible();
  });

  it("has the tone off at first, and keeps it on once turned on", async () => {
    const { list } = setUp();
    renderSales(list);
    const toggle = screen.getByRole("checkbox", { name: "Sound for new alarms" });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).toBeChecked();
    expect(localStorage.getItem("campaign-lens:alarm-sound")).toBe("true");
  });

  it("says statistics are off rather than showing an empty list", () => {
    const { list, store } = setUp();
    store.setSource("off", 10_000);
    store.commit();
    renderSales(list);
    expect(screen.getByText(/Statistics are off/)).toBeInTheDocument();
  });
});

describe("the header's alarm count", () => {
  it("names the unacknowledged alarms for screen readers and opens the alarm list", async () => {
    const { store, alarms, acknowledgements } = setUp();
    renderSales(
      <AlarmHeaderCount store={store} alarms={alarms} acknowledgements={acknowledgements} />,
    );
    const count = screen.getByRole("button", {
      name: "2 unacknowledged alarms: show the alarm list",
    });
    expect(count).toHaveAttribute("data-level", "alarm");
    act(() => acknowledgements.acknowledge([overdial]));
    expect(
      screen.getByRole("button", { name: "1 unacknowledged alarm: show the alarm list" }),
    ).toHaveAttribute("data-level", "warning");
    expect(screen.getByText("1 unacknowledged alarm", { selector: "[role=status]" })).toBeTruthy();
    await userEvent.click(count);
    expect(window.location.search).toBe("?view=alarms");
  });
});

describe("the header's alarm count with nothing to acknowledge", () => {
  it("says the 0 it shows, so its visible text is part of its name", () => {
    const { store, alarms, acknowledgements } = setUp([]);
    renderSales(
      <AlarmHeaderCount store={store} alarms={alarms} acknowledgements={acknowledgements} />,
    );
    const count = screen.getByRole("button", {
      name: "0 unacknowledged alarms: show the alarm list",
    });
    expect(count).toHaveTextContent("0");
    expect(count).toHaveAttribute("data-level", "ok");
  });
});

describe("the side panel's Alarms tab", () => {
  it("counts the alarms and shows the list", () => {
    const { list, alarms } = setUp();
    renderSales(
      <SidePanelTabs
        view="alarms"
        onChange={() => {}}
        findingCount={0}
        outline={<p>outline</p>}
        findings={<p>findings</p>}
      />,
      { statsSlots: { alarms, renderAlarmList: () => list } },
    );
    expect(screen.getByRole("tab", { name: "Alarms (2)", selected: true })).toBeInTheDocument();
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Team A");
  });

  it("is not there without the statistics feature, and its link falls back to the outline", () => {
    renderSales(
      <SidePanelTabs
        view="alarms"
        onChange={() => {}}
        findingCount={0}
        outline={<p>outline</p>}
        findings={<p>findings</p>}
      />,
    );
    expect(screen.queryByRole("tab", { name: /Alarms/ })).toBeNull();
    expect(screen.getByRole("tab", { name: "Outline", selected: true })).toBeInTheDocument();
  });
});
