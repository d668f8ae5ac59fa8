// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { asNodePath, type NodeId } from "../../src/model/config/ids";
import { Inspector } from "../../src/ui/features/inspector/Inspector";
import { useWorkspace } from "../../src/ui/shared/workspace/WorkspaceContext";
import { renderWorkspace } from "./renderWorkspace";

const TEAM_A = asNodePath("tenant:Environment/campaign:Sales/campaignGroup:Team A");

/** A statistics section that names the node it was given by its Stat Server id. */
function FiguresFor({ node }: { readonly node: NodeId }) {
  const { hierarchy } = useWorkspace();
  return <p>figures for {hierarchy.statId(node)}</p>;
}

describe("Inspector", () => {
  it("asks for a selection when nothing is selected", () => {
    renderWorkspace(<Inspector />);
    expect(screen.getByRole("complementary", { name: "Inspector" })).toHaveTextContent(
      /Select a node/,
    );
  });

  it("shows a misnamed group's Stat Server id, fields with enums by name, and its finding", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Inspector />, { initialNode: TEAM_A });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(within(inspector).getByRole("heading", { name: "Team A" })).toBeInTheDocument();
    expect(inspector).toHaveTextContent(
      "Configured name Team A differs: Stat Server expects Sales@Team1.",
    );
    expect(
      within(inspector).getByRole("button", { name: "Copy Stat Server id Sales@Team1" }),
    ).toBeEnabled();
    const fields = within(inspector).getByRole("heading", {
      name: "Configuration",
    }).nextElementSibling!;
    expect(fields).toHaveTextContent("Dial modePredict");
    expect(fields).toHaveTextContent("Optimize byOverdialRate");
    expect(fields).toHaveTextContent("Operation modeManual");
    expect(fields).toHaveTextContent("Agent groupTeam1");
    await user.click(within(inspector).getByRole("button", { name: "Why it matters" }));
    expect(within(inspector).getByRole("button", { name: "Why it matters" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  });

  it("lists the other places a shared group appears and reveals one on click", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Inspector />, { initialNode: asNodePath(`${TEAM_A}/groupAgents:Team1`) });
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(
      within(inspector).getByRole("heading", { name: "Also appears under (1)" }),
    ).toBeInTheDocument();
    await user.click(
      within(inspector).getByRole("button", { name: "Environment › Retention › Retention@Team1" }),
    );
    expect(screen.getByRole("status", { name: "selected node" })).toHaveTextContent(
      "campaign:Retention/campaignGroup:Retention@Team1/groupAgents:Team1",
    );
  });

  it("mounts the statistics section for the selected node", () => {
    renderWorkspace(<Inspector />, {
      initialNode: TEAM_A,
      statsSlots: { renderInspectorSection: (node) => <FiguresFor node={node} /> },
    });
    expect(screen.getByText("figures for Sales@Team1")).toBeInTheDocument();
  });
});
