// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { StatUpdate } from "../../../src/model/stats/StatUpdate";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { ConnectionIndicator } from "../../../src/ui/stats/ConnectionIndicator";
import { NodeStatsChips } from "../../../src/ui/stats/NodeStatsChips";
import { StatsInspectorSection } from "../../../src/ui/stats/StatsInspectorSection";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { sampleHierarchy, sampleNode } from "../../model/stats/sampleHierarchy";

const NOW = 100_000;

afterEach(cleanup);

function setUp() {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    now: () => NOW,
  });
  const root = sampleHierarchy();
  store.setSource("live", 10_000);
  store.setConnection("connected");
  store.setHierarchy(root);
  const teamA = sampleNode("campaignGroup:Sales@Team A");
  return { store, teamA };
}

const fromApi = (statistic: string, value: string | number): StatUpdate => ({
  objectType: "CampaignGroup",
  objectId: "Sales@Team A",
  statistic,
  value,
  timestamp: NOW - 1000,
  source: "statServer",
});

describe("an unavailable Statistics API", () => {
  it("shows its figures as unavailable, not zero and not stale, until it is back", () => {
    const { store, teamA } = setUp();
    store.ingest([fromApi("Status", "Running"), fromApi("Dialed", 100)], NOW - 1000);
    store.commit();
    render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("Running")).toBeInTheDocument();

    act(() => {
      store.setAvailability("api", false, "Stat Server disconnected", NOW - 500);
      store.commit();
    });
    expect(screen.queryByText("Running")).toBeNull();
    const status = screen.getAllByTitle(/unavailable, Stat Server unavailable$/);
    expect(status.map((chip) => chip.textContent)).toEqual(["—", "Ready —", "Overdial —"]);
    expect(screen.queryByText("stale")).toBeNull();

    act(() => {
      store.setAvailability("api", true);
      store.commit();
    });
    expect(screen.getByText("Running")).toBeInTheDocument();
    expect(screen.queryAllByTitle(/Stat Server unavailable$/)).toHaveLength(0);
  });

  it("says so in the inspector, with the reason", () => {
    const { store, teamA } = setUp();
    store.ingest([fromApi("Status", "Running")], NOW - 1000);
    store.setAvailability("api", false, "Stat Server disconnected", NOW - 500);
    store.commit();
    render(<StatsInspectorSection store={store} node={teamA} />);
    expect(screen.getByRole("note")).toHaveTextContent(
      /^Stat Server unavailable since .+ \(Stat Server disconnected\): its figures are not shown/,
    );
  });

  it("keeps figures from other sources while the Statistics API is down", () => {
    const { store, teamA } = setUp();
    store.ingest([{ ...fromApi("Status", "Running"), source: undefined }], NOW - 1000);
    store.setAvailability("api", false);
    store.commit();
    render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("Running")).toBeInTheDocument();
    expect(screen.queryAllByTitle(/Stat Server unavailable$/)).toHaveLength(0);
  });

  it("is said in the header while the stream itself is connected", () => {
    const { store } = setUp();
    store.setAvailability("api", false, "Stat Server disconnected");
    render(<ConnectionIndicator store={store} source="live" onSource={() => {}} liveAvailable />);
    expect(screen.getByTestId("stats-connection")).toHaveTextContent(
      "Live: Stat Server unavailable (Stat Server disconnected)",
    );
    act(() => {
      store.setAvailability("api", true);
      store.commit();
    });
    expect(screen.getByTestId("stats-connection")).toHaveTextContent("Live: connected");
  });

  it("does not repeat a reason that says only what the header already says", () => {
    const { store } = setUp();
    store.setAvailability("api", false, "Stat Server unavailable");
    render(<ConnectionIndicator store={store} source="live" onSource={() => {}} liveAvailable />);
    expect(screen.getByTestId("stats-connection").textContent).toBe(
      "Live: Stat Server unavailable",
    );
  });
});
