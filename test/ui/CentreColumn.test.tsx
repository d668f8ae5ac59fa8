// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { CentreColumn } from "../../src/ui/app/CentreColumn";
import type { GridOptions } from "../../src/ui/shared/statsSlots/StatsSlots";
import { renderWorkspace } from "./renderWorkspace";

afterEach(() => window.history.replaceState(null, "", "/"));

function FakeGrid({ wallboard, onWallboard }: GridOptions) {
  return (
    <button type="button" onClick={() => onWallboard(!wallboard)}>
      {wallboard ? "fake wallboard" : "fake grid"}
    </button>
  );
}

describe("CentreColumn", () => {
  it("shows the tree alone when no grid is provided", () => {
    renderWorkspace(<CentreColumn tree={<p>the tree</p>} />);
    expect(screen.getByText("the tree")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Centre view" })).toBeNull();
  });

  it("switches between tree and grid, keeping the choice and the wallboard in the address", async () => {
    const user = userEvent.setup();
    renderWorkspace(<CentreColumn tree={<p>the tree</p>} />, {
      statsSlots: { renderGrid: (options) => <FakeGrid {...options} /> },
    });
    const tree = screen.getByRole("button", { name: "Tree" });
    const grid = screen.getByRole("button", { name: "Grid" });
    expect(tree).toHaveAttribute("aria-pressed", "true");
    await user.click(grid);
    expect(grid).toHaveAttribute("aria-pressed", "true");
    expect(window.location.search).toBe("?main=grid");
    await user.click(screen.getByRole("button", { name: "fake grid" }));
    expect(window.location.search).toBe("?main=grid&wallboard=1");
    expect(screen.getByRole("button", { name: "fake wallboard" })).toBeInTheDocument();
    await user.click(tree);
    expect(window.location.search).toBe("");
    expect(screen.getByText("the tree")).toBeInTheDocument();
  });

  it("opens on the wallboard when the address asks for it", () => {
    window.history.replaceState(null, "", "/?main=grid&wallboard=1");
    renderWorkspace(<CentreColumn tree={<p>the tree</p>} />, {
      statsSlots: { renderGrid: (options) => <FakeGrid {...options} /> },
    });
    expect(screen.getByRole("button", { name: "fake wallboard" })).toBeInTheDocument();
  });
});
