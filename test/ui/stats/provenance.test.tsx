// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { configurationFingerprint } from "../../../src/model/stats/configurationFingerprint";
import { knownStatKeys } from "../../../src/model/stats/knownStatKeys";
import type { StatUpdate } from "../../../src/model/stats/StatUpdate";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { ConnectionIndicator } from "../../../src/ui/stats/ConnectionIndicator";
import { StatsInspectorSection } from "../../../src/ui/stats/StatsInspectorSection";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { UnknownObjectsList } from "../../../src/ui/stats/UnknownObjectsList";
import { parseSnapshot } from "../../../src/model/stats/wire/parseSnapshot";
import { sampleHierarchy, sampleNode } from "../../model/stats/sampleHierarchy";

const NOW = 1_000_000;
afterEach(cleanup);

function liveStore() {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    scheduleSlice: () => {},
    now: () => NOW,
  });
  const root = sampleHierarchy();
  const keys = knownStatKeys(root);
  store.setHierarchy(root);
  store.setSource("live", 10_000);
  store.setConnection("connected");
  store.setPageConfiguration({ fingerprint: configurationFingerprint(keys), objects: keys.size });
  return { store, fingerprint: configurationFingerprint(keys) };
}

const group = (objectId: string, statistic: string, value: string | number, at = NOW) =>
  ({
    objectType: "CampaignGroup",
    objectId,
    statistic,
    value,
    timestamp: at,
  }) satisfies StatUpdate;

function indicator(store: StatsStore) {
  render(
    <ConnectionIndicator store={store} source="live" onSource={() => {}} liveAvailable={true} />,
  );
  return screen.getByTestId("stats-feed");
}

describe("the header's statement of which configuration the live feed is for", () => {
  it("names the feed's configuration when it is the one open here", () => {
    const { store, fingerprint } = liveStore();
    store.setFeedConfiguration({
      files: ["sales.json"],
      objects: 9,
      fingerprint,
      simulated: true,
    });
    store.commit();
    const statement = indicator(store);
    expect(statement).toHaveTextContent("for sales.json, simulated by the server");
    expect(statement).not.toHaveAttribute("role", "alert");
    expect(statement).not.toHaveAttribute("data-mismatch");
  });

  it("warns, in words, that the feed is another configuration's when none of its objects is here", () => {
    const { store } = liveStore();
    store.setFeedConfiguration({
      files: ["contact-centre.json"],
      objects: 388,
      fingerprint: "elsewhere",
      simulated: true,
    });
    store.ingest(
      [group("Outbound@North", "Status", "Running"), group("Outbound@South", "Dialed", 4)],
      NOW,
    );
    store.commit();
    const statement = indicator(store);
    expect(statement).toHaveAttribute("role", "alert");
    expect(statement).toHaveTextContent(
      "⚠ feed is for another configuration (contact-centre.json)",
    );
    expect(statement).toHaveTextContent(
      "none of the 2 objects it has figures for is in it. The figures shown here are not this configuration's.",
    );
    render(<UnknownObjectsList store={store} />);
    expect(screen.getByText("Statistics for another configuration's objects (2)")).toBeVisible();
  });

  it("is read from a snapshot, and a malformed or missing statement reads as not stated", () => {
    const envelope = { instance: "i", seq: 0, lastEventId: "i-0", intervalMs: 10_000, values: [] };
    const stated = { files: ["a.json"], objects: 3, fingerprint: "f" };
    expect(parseSnapshot({ ...envelope, configuration: stated }).configuration).toEqual({
      ...stated,
      simulated: false,
    });
    expect(parseSnapshot({ ...envelope, configuration: { files: "a.json" } }).configuration).toBe(
      null,
    );
    expect(parseSnapshot(envelope).configuration).toBeNull();
    const { store } = liveStore();
    store.commit();
    expect(indicator(store)).toHaveTextContent("configuration not stated");
  });
});

describe("the inspector's statistics", () => {
  it("gives each figure its source and age, and a rolled-up figure the tally beneath", () => {
    const { store } = liveStore();
    store.ingest(
      [
        { ...group("Sales@Team A", "Status", "Running", NOW - 5000), source: "ocs" },
        { ...group("Sales@Team A", "Dialed", 40, NOW - 5000), source: "simulated" },
        { ...group("Sales@Team B", "Status", "Running", NOW - 5000), source: "simulated" },
      ],
      NOW - 5000,
    );
    store.commit();
    const teamA = sampleNode("campaignGroup:Sales@Team A");
    const { unmount } = render(<StatsInspectorSection store={store} node={teamA} />);
    const sourceOf = (label: string) =>
      screen.getByText(label).nextElementSibling!.querySelector(".figure-source")!.textContent;
    expect(sourceOf("Status")).toBe("OCS, 5 s ago");
    expect(sourceOf("Dialed")).toBe("simulated, 5 s ago");
    expect(screen.getByTestId("stats-sources")).toHaveTextContent(
      "Figures here and beneath from OCS (1), simulated (1).",
    );
    unmount();
    const environment = sampleNode("tenant:Environment");
    render(<StatsInspectorSection store={store} node={environment} />);
    expect(sourceOf("Groups running")).toBe("summed from beneath: simulated (2), OCS (1), 5 s ago");
  });

  it("says how old a stale node's stale figure is rather than 'last changed just now … stale'", () => {
    const { store } = liveStore();
    store.ingest(
      [
        group("Sales@Team A", "Status", "Running", NOW - 60_000),
        group("Sales@Team A", "Dialed", 4, NOW - 60_000),
      ],
      NOW - 60_000,
    );
    store.ingest([group("Sales@Team A", "Waiting", "WaitingAgents")], NOW);
    store.commit();
    const teamA = sampleNode("campaignGroup:Sales@Team A");
    const { container } = render(<StatsInspectorSection store={store} node={teamA} />);
    expect(screen.getByRole("note")).toHaveTextContent(
      "Stale: a figure here or beneath is 1 min old",
    );
    expect(screen.getByRole("note")).toHaveTextContent("the newest arrived just now");
    expect(container.textContent).not.toMatch(/Last changed just now/);
  });
});

describe("the inspector's figures in a supervisor's words", () => {
  it("names a state as the thresholds editor does, not as Stat Server stores it", () => {
    const { store } = liveStore();
    store.ingest(
      [
        group("Sales@Team A", "Status", "Running"),
        group("Sales@Team A", "Waiting", "WaitingAgents"),
      ],
      NOW,
    );
    store.commit();
    const teamA = sampleNode("campaignGroup:Sales@Team A");
    const { container } = render(<StatsInspectorSection store={store} node={teamA} />);
    const waiting = container.querySelector('dd[data-figure="waiting"]')!;
    expect(waiting.firstChild?.textContent).toBe("Waiting for agents");
    expect(container.textContent).not.toContain("WaitingAgents");
  });
});
