// @vitest-environment jsdom
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ReviewTools } from "../../../src/ui/app/ReviewTools";
import { downloadFile } from "../../../src/ui/shared/downloadFile";
import { openToLevel } from "../../../src/ui/shared/hierarchy/openToLevel";
import { wholeHierarchy } from "../../../src/ui/shared/hierarchy/ShownNodes";
import { INITIAL_LEVELS } from "../../../src/ui/shared/workspace/WorkspaceProvider";
import { renderReview } from "./renderReview";
import { reviewAnalysis } from "./reviewFixture";

vi.mock("../../../src/ui/shared/downloadFile", () => ({ downloadFile: vi.fn() }));

describe("ReviewTools", () => {
  it("saves the open part of the tree as SVG, a card per open node, names as text", async () => {
    const user = userEvent.setup();
    const analysis = reviewAnalysis();
    renderReview(<ReviewTools />, analysis);
    await user.click(screen.getByRole("button", { name: "Tree SVG: save the tree as SVG" }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [name, svg, type] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toBe("campaign-lens-tree-review.svg");
    expect(type).toBe("image/svg+xml");
    const { hierarchy } = analysis;
    const whole = wholeHierarchy(hierarchy);
    const open = new Set(openToLevel(whole, INITIAL_LEVELS));
    // The top nodes, and the children of the nodes open at start.
    let cards = whole.top.length;
    for (const n of open) cards += hierarchy.childCount(n);
    expect((svg as string).match(/<g transform=/g)).toHaveLength(cards);
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).not.toContain("<script>");
  });
});
