// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Outline } from "../../src/ui/features/outline/Outline";
import { renderWorkspace } from "./renderWorkspace";

const item = (name: RegExp) => screen.getByRole("treeitem", { name });

describe("Outline", () => {
  it("is a tree whose items name the object and its kind, with level and expanded state", () => {
    renderWorkspace(<Outline />);
    const tree = screen.getByRole("tree", { name: "Hierarchy outline" });
    const sales = within(tree).getByRole("treeitem", { name: /^Sales\s?, Campaign/ });
    expect(sales).toHaveAttribute("aria-level", "2");
    expect(sales).toHaveAttribute("aria-expanded", "true");
    const teamA = item(/^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/);
    expect(teamA).toHaveAttribute("aria-level", "3");
    expect(teamA).toHaveAttribute("aria-expanded", "false");
    expect(teamA).toHaveAttribute("aria-selected", "false");
  });

  it("shows the id Stat Server expects on a misnamed campaign group, and its error badge", () => {
    renderWorkspace(<Outline />);
    const teamA = item(/^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/);
    expect(teamA).toHaveTextContent("Stat Server expects Sales@Team1");
    expect(teamA).toHaveAccessibleName(/1 finding, worst error/);
  });

  it("walks the tree with the keyboard: arrows move and open, Enter selects", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Outline />);
    const tree = screen.getByRole("tree");
    tree.focus();
    await user.keyboard("{Home}{ArrowDown}{ArrowDown}");
    expect(tree.getAttribute("aria-activedescendant")).toBe(item(/Team A/).id);
    await user.keyboard("{ArrowRight}");
    expect(item(/Team A/)).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{ArrowRight}{Enter}");
    expect(item(/^Team1\s?, Agent group/)).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("status", { name: "selected node" })).toHaveTextContent(
      "tenant:Environment/campaign:Sales/campaignGroup:Team A/groupAgents:Team1",
    );
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(item(/Team A/)).toHaveAttribute("aria-expanded", "false");
  });

  it("type-ahead moves focus to the next item starting with the typed letters", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Outline />);
    const tree = screen.getByRole("tree");
    tree.focus();
    await user.keyboard("ret");
    expect(tree.getAttribute("aria-activedescendant")).toBe(item(/^Retention\s?, Campaign/).id);
  });

  it("marks a shared object and, when one appearance is selected, highlights the others", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Outline />);
    await user.click(item(/Stat Server id Sales@Leads/));
    await user.keyboard("{ArrowRight}");
    await user.click(item(/Stat Server id Retention@Leads/));
    await user.keyboard("{ArrowRight}");
    const [underSales, underRetention] = screen.getAllByRole("treeitem", {
      name: /^Leads\s?, Calling list\s?, shared$/,
    });
    await user.click(underSales!);
    expect(underSales).toHaveAttribute("aria-selected", "true");
    expect(underRetention).toHaveAttribute("aria-selected", "false");
    expect(underRetention).toHaveClass("is-highlighted");
    expect(item(/^Retention\s?, Campaign/)).not.toHaveClass("is-highlighted");
  });
});

describe("Outline with names that look like HTML", () => {
  it("renders them as text, never as markup", () => {
    const { container } = renderWorkspace(<Outline />, { fixture: "html-names.json" });
    expect(
      screen.getByRole("treeitem", { name: /^<b>Bold<\/b>\s?, Campaign/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("treeitem", { name: /^<b>Bold<\/b>@<img src=x onerror=alert\(1\)>/ }),
    ).toBeInTheDocument();
    expect(container.querySelector("b, img")).toBeNull();
  });
});
