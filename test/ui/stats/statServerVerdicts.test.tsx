// @vitest-environment jsdom
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { asNodePath } from "../../../src/model/config/ids";
import type { StatUpdate } from "../../../src/model/stats/StatUpdate";
import { DEFAULT_THRESHOLDS } from "../../../src/model/stats/Threshold";
import { FindingsPanel } from "../../../src/ui/features/findings/FindingsPanel";
import { Inspector } from "../../../src/ui/features/inspector/Inspector";
import { Outline } from "../../../src/ui/features/outline/Outline";
import { createStatsSlots } from "../../../src/ui/stats/createStatsSlots";
import { StatsStore } from "../../../src/ui/stats/StatsStore";
import { StatsLegend } from "../../../src/ui/stats/StatsLegend";
import { analyseConfig } from "../../../src/ui/worker/analyseConfig";
import { fixtureText, renderWorkspace } from "../renderWorkspace";

const TEAM_A = asNodePath("tenant:Environment/campaign:Sales/campaignGroup:Team A");
const DEMO = "../../../public/samples/contact-centre-mistakes.json";

const verdict = (
  objectType: StatUpdate["objectType"],
  objectId: string,
  value: "known" | "refused",
  reason?: string,
): StatUpdate[] => [
  { objectType, objectId, statistic: "$verdict", value, timestamp: 1 },
  ...(reason === undefined
    ? []
    : [{ objectType, objectId, statistic: "$refusal", value: reason, timestamp: 1 }]),
];

/** A simulated store that has received `updates`, committed, as the slots of the viewer. */
function slotsWith(updates: readonly StatUpdate[]) {
  const store = new StatsStore({
    thresholds: DEFAULT_THRESHOLDS,
    scheduleFrame: () => {},
    minCommitMs: 0,
  });
  store.setSource("simulated", 2000);
  store.ingest(updates);
  store.commit();
  return { store, slots: createStatsSlots(store) };
}

describe("Stat Server's verdict in the viewer", () => {
  it("shows a refused group's refusal instead of figures in the outline row", () => {
    const { slots } = slotsWith(
      verdict("CampaignGroup", "Sales@Team1", "refused", "Object not found"),
    );
    renderWorkspace(<Outline />, { statsSlots: slots, initialNode: TEAM_A });
    const row = screen.getByRole("treeitem", { name: /^Team A/ });
    expect(row).toHaveTextContent("Stat Server does not know CampaignGroup Sales@Team1");
    expect(within(row).getByTitle(/Object not found$/)).toBeInTheDocument();
  });

  it("gives the reason in the inspector and marks the naming finding confirmed", () => {
    const { slots } = slotsWith(
      verdict("CampaignGroup", "Sales@Team1", "refused", "Object not found"),
    );
    renderWorkspace(<Inspector />, { statsSlots: slots, initialNode: TEAM_A });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const statistics = within(inspector).getByRole("note");
    expect(statistics).toHaveTextContent("Stat Server does not know CampaignGroup Sales@Team1");
    expect(statistics).toHaveTextContent("Stat Server’s reason: Object not found");
    const finding = within(inspector).getByText("group-name-mismatch").closest("li")!;
    expect(finding).toHaveTextContent("confirmed by Stat Server");
  });

  it("does not mark a finding confirmed while Stat Server knows the id", () => {
    const { slots } = slotsWith(verdict("CampaignGroup", "Sales@Team1", "known"));
    renderWorkspace(<Inspector />, { statsSlots: slots, initialNode: TEAM_A });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(inspector).not.toHaveTextContent("confirmed by Stat Server");
    expect(inspector).not.toHaveTextContent("does not know");
  });

  it("lists the findings Stat Server confirmed alone, marked, with a toggle", async () => {
    const user = userEvent.setup();
    const { slots } = slotsWith([
      ...verdict("CampaignGroup", "Winback_H1@Team_Glasgow", "refused", "Object not found"),
      ...verdict("CampaignGroup", "Sales_Q1@Team_Glasgow", "known"),
    ]);
    renderWorkspace(<FindingsPanel />, { statsSlots: slots, fixture: DEMO });
    const all = screen.getByRole("list", { name: /^Findings, \d+ shown$/ });
    const total = Number(/(\d+) shown/.exec(all.getAttribute("aria-label")!)![1]);
    expect(total).toBeGreaterThan(5);
    // The misnamed group has two findings that explain a refusal: its name, and its id's
    // group name shared by an agent group and a place group.
    const toggle = screen.getByRole("button", { name: "Confirmed by Stat Server (2)" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    const list = screen.getByRole("list", { name: "Findings, 2 shown" });
    const rows = within(list).getAllByRole("button", { name: /Prospection_Q2@Team_Glasgow/ });
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveTextContent("confirmed by Stat Server");
    expect(list).toHaveTextContent("Suggestion: Winback_H1@Team_Glasgow");
    await user.click(toggle);
    expect(screen.getByRole("list", { name: `Findings, ${total} shown` })).toBeInTheDocument();
  });

  it("offers no confirmed filter when Stat Server refused nothing", () => {
    const { slots } = slotsWith(verdict("CampaignGroup", "Sales@Team1", "known"));
    renderWorkspace(<FindingsPanel />, { statsSlots: slots });
    expect(screen.queryByRole("button", { name: /Confirmed by Stat Server/ })).toBeNull();
  });

  it("lists refusals no finding explains apart, those matching no object included", () => {
    const { store, slots } = slotsWith([
      // Explained by group-name-mismatch: not a surprise.
      ...verdict("CampaignGroup", "Sales@Team1", "refused", "Object not found"),
      // A campaign no rule flags.
      ...verdict("Campaign", "Sales", "refused", "Tenant not served"),
      ...verdict("Agent", "E999", "refused"),
    ]);
    const { analysis } = renderWorkspace(<StatsLegend store={store} storageProblem={null} />, {
      statsSlots: slots,
    });
    // Whether an id matches an object is the roll-up index's answer: none before it is of
    // the workspace's hierarchy.
    expect(screen.queryByRole("list", { name: /no finding explains it/ })).toBeNull();
    const statId = vi.spyOn(analysis.hierarchy, "statId");
    act(() => {
      store.setHierarchy(analysis.hierarchy);
      store.commit();
    });
    const indexing = statId.mock.calls.length;
    expect(indexing).toBeGreaterThan(0);
    const list = screen.getByRole("list", {
      name: "Refused by Stat Server, no finding explains it",
    });
    const items = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items).toEqual([
      "Agent E999 (no object of this configuration has this id)",
      "Campaign Sales: Tenant not served",
    ]);
    expect(screen.queryByText(/Statistics for unknown objects/)).toBeNull();
    // The list reads the store's index: no key made per node of its own.
    expect(statId.mock.calls.length).toBe(indexing);
  });

  it("lists no refusal as unexplained while the rules still run", () => {
    const { store, slots } = slotsWith(
      verdict("CampaignGroup", "Sales@Team1", "refused", "Object not found"),
    );
    const local = analyseConfig(
      [{ path: "sales.json", content: fixtureText("sales.json") }],
      "campaign",
    );
    const { analysis } = renderWorkspace(<StatsLegend store={store} storageProblem={null} />, {
      statsSlots: slots,
      analysis: { ...local, findings: [], checking: true },
    });
    act(() => {
      store.setHierarchy(analysis.hierarchy);
      store.commit();
    });
    // With no findings in yet, the refusal the naming rule explains would be listed.
    expect(screen.queryByRole("list", { name: /no finding explains it/ })).toBeNull();
  });

  it("computes nothing for the refusals list while nothing is refused", () => {
    const { store, slots } = slotsWith(verdict("CampaignGroup", "Sales@Team1", "known"));
    const analysis = analyseConfig(
      [{ path: "sales.json", content: fixtureText("sales.json") }],
      "campaign",
    );
    const statId = vi.spyOn(analysis.hierarchy, "statId");
    renderWorkspace(<StatsLegend store={store} storageProblem={null} />, {
      statsSlots: slots,
      analysis,
    });
    expect(statId).not.toHaveBeenCalled();
    expect(screen.queryByRole("list", { name: /no finding explains it/ })).toBeNull();
  });

  it("takes a refusal back when Stat Server later knows the id", () => {
    const { store, slots } = slotsWith(verdict("CampaignGroup", "Sales@Team1", "refused"));
    renderWorkspace(<Outline />, { statsSlots: slots });
    expect(screen.getByRole("treeitem", { name: /^Team A/ })).toHaveTextContent("does not know");
    act(() => {
      store.ingest([{ ...verdict("CampaignGroup", "Sales@Team1", "known")[0]!, timestamp: 2 }]);
      store.commit();
    });
    expect(screen.getByRole("treeitem", { name: /^Team A/ })).not.toHaveTextContent(
      "does not know",
    );
  });
});
