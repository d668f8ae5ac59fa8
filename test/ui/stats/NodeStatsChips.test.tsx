// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import type { Workspace } from "../../../src/ui/shared/workspace/Workspace";
import { WorkspaceContext } from "../../../src/ui/shared/workspace/WorkspaceContext";
import { NodeStatsChips } from "../../../src/ui/stats/NodeStatsChips";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { buildSpec, node, sampleHierarchy, sampleNode } from "../../model/stats/sampleHierarchy";

const NOW = 100_000;

afterEach(cleanup);

function setUp() {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    now: () => NOW,
  });
  const root = sampleHierarchy();
  store.setSource("simulated", 10_000);
  store.setHierarchy(root);
  const teamA = sampleNode("campaignGroup:Sales@Team A");
  return { store, teamA };
}

const group = (statistic: string, value: string | number) => ({
  objectType: "CampaignGroup" as const,
  objectId: "Sales@Team A",
  statistic,
  value,
  timestamp: NOW - 1000,
});

describe("NodeStatsChips", () => {
  it("shows a running group's status, waiting state and an overdial rate over 3% as an alarm", () => {
    const { store, teamA } = setUp();
    store.ingest(
      [
        group("Status", "Running"),
        group("Waiting", "WaitingAgents"),
        group("Answered", 200),
        group("Abandoned", 9),
        group("Dialed", 800),
      ],
      NOW - 1000,
    );
    store.commit();
    render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("Running")).toHaveAttribute("data-level", "ok");
    expect(screen.getByText("WaitingAgents")).toHaveAttribute("data-level", "warning");
    const overdial = screen.getByText("Overdial 4.5%");
    expect(overdial).toHaveAttribute("data-level", "alarm");
    expect(overdial).toHaveAttribute("title", "Overdial rate: 4.5% (alarm: above 3.0%)");
    expect(screen.getByTitle("Figures last changed just now")).toBeInTheDocument();
  });

  it("re-renders when the store commits a frame, and marks old periodic figures stale", () => {
    const { store, teamA } = setUp();
    store.ingest([group("Status", "Running"), group("Dialed", 10)], NOW - 60_000);
    store.commit();
    render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("stale 1 min")).toBeInTheDocument();
    act(() => {
      store.ingest([{ ...group("Status", "Activated"), timestamp: NOW }], NOW);
      store.ingest([{ ...group("Dialed", 11), timestamp: NOW }], NOW);
      store.commit();
    });
    expect(screen.getByText("Activated")).toBeInTheDocument();
    expect(screen.queryByText(/^stale/)).toBeNull();
  });

  it("gives a stale node the stale figure's age, never 'just now' beside 'stale'", () => {
    const { store, teamA } = setUp();
    store.ingest([group("Status", "Running"), group("Dialed", 10)], NOW - 60_000);
    // The waiting state changed just now; the counts are still a minute old.
    store.ingest([{ ...group("Waiting", "WaitingAgents"), timestamp: NOW }], NOW);
    store.commit();
    const { container } = render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("stale 1 min")).toBeInTheDocument();
    expect(container.textContent).not.toContain("just now");
  });

  it("marks where a node's figures came from in words: OCS's beside the simulator's reads as mixed", () => {
    const { store, teamA } = setUp();
    store.ingest([{ ...group("Status", "Running"), source: "ocs" }], NOW);
    store.commit();
    const { rerender } = render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("OCS")).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText("Figures from OCS")).toHaveClass("visually-hidden");
    store.ingest([{ ...group("Dialed", 5), source: "simulated" }], NOW);
    store.commit();
    rerender(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("mix")).toBeInTheDocument();
    expect(screen.getByText("Figures from OCS (1), simulated (1)")).toBeInTheDocument();
  });

  it("adds no mark where every figure is the simulator's and the page runs Simulated", () => {
    const { store, teamA } = setUp();
    store.ingest([{ ...group("Status", "Running"), source: "simulated" }], NOW);
    store.commit();
    const { container } = render(<NodeStatsChips store={store} node={teamA} />);
    expect(container.querySelector(".stat-source")).toBeNull();
  });

  it("draws no zeros for a node no figure has reached, as when the feed is another configuration's", () => {
    const { store } = setUp();
    store.ingest([{ ...group("Status", "Running"), objectId: "Elsewhere@Team Z" }], NOW);
    store.commit();
    const root = Hierarchy.ROOT;
    expect(store.getView().nodes[root]?.figures).toMatchObject({
      groups: { running: 0 },
    });
    const { container } = render(<NodeStatsChips store={store} node={root} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("draws nothing for a node with no figures", () => {
    const { store, teamA } = setUp();
    store.commit();
    const { container } = render(<NodeStatsChips store={store} node={teamA} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("draws another hierarchy's node with its own figures, never those of its NodeId before", () => {
    const { store, teamA } = setUp();
    store.ingest([group("Status", "Running")], NOW);
    store.commit();
    const { rerender, container } = render(<NodeStatsChips store={store} node={teamA} />);
    expect(screen.getByText("Running")).toBeInTheDocument();
    // Another pivot: the same NodeId is another node, a campaign group of no figures.
    const { hierarchy, at } = buildSpec(
      node("root", null, [
        node("campaign", "Retention", [
          node("campaignGroup", "Retention@Closers"),
          node("campaignGroup", "Retention@Openers"),
          node("campaignGroup", "Sales@Team A", [], "team"),
        ]),
      ]),
    );
    expect(teamA).toBeLessThan(hierarchy.size);
    expect(at("team")).not.toBe(teamA);
    act(() => store.setHierarchy(hierarchy));
    rerender(<NodeStatsChips store={store} node={teamA} />);
    expect(container).toBeEmptyDOMElement();
    act(() => store.commit());
    rerender(<NodeStatsChips store={store} node={at("team")} />);
    expect(screen.getByText("Running")).toBeInTheDocument();
    rerender(<NodeStatsChips store={store} node={teamA} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("draws nothing in a workspace whose hierarchy the store has not rolled up yet", () => {
    const { store, teamA } = setUp();
    store.ingest([group("Status", "Running")], NOW);
    store.commit();
    // The workspace has moved on to another hierarchy; the store still publishes the sample's.
    const { hierarchy } = buildSpec(
      node("root", null, [
        node("campaign", "Retention", [
          node("campaignGroup", "Retention@Closers"),
          node("campaignGroup", "Retention@Openers"),
        ]),
      ]),
    );
    const workspace = { hierarchy } as unknown as Workspace;
    const { container } = render(
      <WorkspaceContext.Provider value={workspace}>
        <NodeStatsChips store={store} node={teamA} />
      </WorkspaceContext.Provider>,
    );
    expect(store.getView().nodes[teamA]?.figures.kind).toBe("campaignGroup");
    expect(container).toBeEmptyDOMElement();
  });
});
