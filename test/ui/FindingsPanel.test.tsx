// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { FindingsPanel } from "../../src/ui/features/findings/FindingsPanel";
import { Outline } from "../../src/ui/features/outline/Outline";
import { renderWorkspace } from "./renderWorkspace";

describe("FindingsPanel", () => {
  it("counts findings by severity and lists the misnamed group with its expected id", () => {
    renderWorkspace(<FindingsPanel />);
    const severities = screen.getByRole("group", { name: "Show severities" });
    expect(within(severities).getByRole("button", { name: "1 error" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(within(severities).getByRole("button", { name: "0 warnings" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Findings, 1 shown" });
    expect(list).toHaveTextContent("Team A");
    expect(list).toHaveTextContent("Suggestion: Sales@Team1");
  });

  it("clicking a finding reveals and selects its node in the outline", async () => {
    const user = userEvent.setup();
    renderWorkspace(
      <>
        <FindingsPanel />
        <Outline />
      </>,
    );
    await user.click(screen.getByRole("button", { name: /Team A.*Suggestion: Sales@Team1/ }));
    expect(
      screen.getByRole("treeitem", {
        name: /^Team A\s?, Campaign group\s?, Stat Server expects Sales@Team1/,
      }),
    ).toHaveAttribute("aria-selected", "true");
  });

  it("filters by severity, and says so when nothing is left", async () => {
    const user = userEvent.setup();
    renderWorkspace(<FindingsPanel />);
    await user.click(screen.getByRole("button", { name: "1 error" }));
    expect(screen.getByText("No findings match these filters.")).toBeInTheDocument();
  });

  it("explains a finding's rule in one click", async () => {
    const user = userEvent.setup();
    renderWorkspace(<FindingsPanel />);
    await user.click(screen.getByRole("button", { name: "Why is group-name-mismatch a problem?" }));
    const dialog = screen.getByRole("dialog", { name: "group-name-mismatch" });
    expect(dialog).toHaveTextContent(/Stat Server/);
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
