// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Outline } from "../../src/ui/features/outline/Outline";
import { renderWorkspace } from "./renderWorkspace";

describe("the shared-object mark", () => {
  it("is a drawn icon, not a character a font may lack, and still says 'shared'", async () => {
    const user = userEvent.setup();
    renderWorkspace(<Outline />);
    await user.click(screen.getByRole("treeitem", { name: /Stat Server id Sales@Leads/ }));
    await user.keyboard("{ArrowRight}");
    const shared = screen.getByRole("treeitem", { name: /^Leads\s?, Calling list\s?, shared$/ });
    const mark = shared.querySelector(".node-shared")!;
    expect(mark.querySelector("svg[aria-hidden='true']")).not.toBeNull();
    expect(mark.textContent).not.toMatch(/[^\x20-\x7E]/);
    expect(mark.textContent).toContain("shared");
  });
});
