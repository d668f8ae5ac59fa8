// @vitest-environment jsdom
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { asNodePath, type NodePath } from "../../src/model/config/ids";
import { AppProviders } from "../../src/ui/app/AppProviders";
import { SelectionToUrl } from "../../src/ui/app/SelectionToUrl";
import type { Workspace } from "../../src/ui/shared/workspace/Workspace";
import { useWorkspace } from "../../src/ui/shared/workspace/WorkspaceContext";
import { WorkspaceProvider } from "../../src/ui/shared/workspace/WorkspaceProvider";
import { analyseConfig, type Analysis } from "../../src/ui/worker/analyseConfig";
import { fixtureText, renderWorkspace } from "./renderWorkspace";
import { testQueryClient } from "./testQueryClient";

const TEAM1_UNDER_SALES = asNodePath(
  "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1",
);
const TEAM1_UNDER_RETENTION = asNodePath(
  "tenant:Environment/campaign:Retention/campaignGroup:Retention@Team1/groupAgents:Team1",
);

/** Hands the workspace of each render to the test. */
function Probe({ onWorkspace }: { readonly onWorkspace: (workspace: Workspace) => void }) {
  onWorkspace(useWorkspace());
  return null;
}

function renderProbe(initialNode: NodePath | null = null) {
  let workspace: Workspace | null = null;
  renderWorkspace(<Probe onWorkspace={(w) => (workspace = w)} />, { initialNode });
  return () => workspace!;
}

describe("WorkspaceProvider", () => {
  it("opens a linked node's path and selects it, highlighting every appearance of its object", () => {
    const current = renderProbe(TEAM1_UNDER_SALES);
    const { hierarchy, view, highlighted } = current();
    const team1 = hierarchy.nodeAt(TEAM1_UNDER_SALES)!;
    expect(view.selected).toBe(team1);
    expect(view.focused).toBe(team1);
    for (const ancestor of hierarchy.ancestors(team1))
      expect(view.expanded.has(ancestor)).toBe(true);
    expect([...highlighted].map((n) => hierarchy.pathOf(n))).toEqual([
      TEAM1_UNDER_SALES,
      TEAM1_UNDER_RETENTION,
    ]);
  });

  it("opens the first levels and selects nothing for a link to a node that is not there", () => {
    const current = renderProbe(asNodePath("tenant:Environment/campaign:Gone"));
    const { hierarchy, view, highlighted } = current();
    expect(view.selected).toBeNull();
    expect(highlighted.size).toBe(0);
    const open = [...view.expanded].map((n) => hierarchy.kind(n));
    expect(new Set(open)).toEqual(new Set(["tenant", "campaign"]));
  });

  it("reveals a node: its path opened, selected, and counted for the tree to centre it", () => {
    const current = renderProbe();
    const { hierarchy, reveal } = current();
    const team1 = hierarchy.nodeAt(TEAM1_UNDER_RETENTION)!;
    act(() => reveal(team1));
    const { view } = current();
    expect(view.selected).toBe(team1);
    expect(view.revealCount).toBe(1);
    for (const ancestor of hierarchy.ancestors(team1))
      expect(view.expanded.has(ancestor)).toBe(true);
    expect(screen.getByRole("status", { name: "selected node" })).toHaveTextContent(
      TEAM1_UNDER_RETENTION,
    );
  });
});

describe("SelectionToUrl", () => {
  it("gives the selected node's path, which opens the same node again", () => {
    const onSelected = vi.fn();
    let workspace: Workspace | null = null;
    renderWorkspace(
      <>
        <Probe onWorkspace={(w) => (workspace = w)} />
        <SelectionToUrl onSelected={onSelected} />
      </>,
    );
    expect(onSelected).toHaveBeenLastCalledWith(null);
    const { hierarchy, dispatch } = workspace!;
    const team1 = hierarchy.nodeAt(TEAM1_UNDER_RETENTION)!;
    act(() => dispatch({ type: "select", id: team1 }));
    expect(onSelected).toHaveBeenLastCalledWith(TEAM1_UNDER_RETENTION);
    expect(hierarchy.nodeAt(onSelected.mock.lastCall![0] as string)).toBe(team1);
  });
});

describe("WorkspaceProvider given another hierarchy", () => {
  it("carries what is open and selected over by path", () => {
    const content = fixtureText("sales.json");
    const first = analyseConfig([{ path: "sales.json", content }], "campaign");
    // The same configuration with a campaign more, ahead of the others: their NodeIds move.
    const more = content.replace(
      '"campaigns": [',
      '"campaigns": [{ "name": "Acquisition", "state": "enabled", "tenant": "Environment", "callingLists": [] },',
    );
    const again = analyseConfig([{ path: "sales.json", content: more }], "campaign");
    expect(again.hierarchy.nodeAt(TEAM1_UNDER_RETENTION)).not.toBe(
      first.hierarchy.nodeAt(TEAM1_UNDER_RETENTION),
    );
    let workspace: Workspace | null = null;
    const client = testQueryClient();
    const ui = (analysis: Analysis) => (
      <AppProviders client={client}>
        <WorkspaceProvider
          analysis={analysis}
          pivot="campaign"
          hierarchy={analysis.hierarchy}
          initialNode={TEAM1_UNDER_RETENTION}
        >
          <Probe onWorkspace={(w) => (workspace = w)} />
        </WorkspaceProvider>
      </AppProviders>
    );
    const { rerender } = render(ui(first));
    const before = workspace!.view;
    rerender(ui(again));
    const after = workspace!;
    expect(after.hierarchy).toBe(again.hierarchy);
    expect(after.selected).toBe(again.hierarchy.nodeAt(TEAM1_UNDER_RETENTION));
    expect([...after.view.expanded].map((n) => again.hierarchy.pathOf(n)).sort()).toEqual(
      [...before.expanded].map((n) => first.hierarchy.pathOf(n)).sort(),
    );
  });
});
