// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ThresholdPanel } from "../../../src/ui/stats/ThresholdPanel";

afterEach(cleanup);

describe("ThresholdPanel", () => {
  it("is a dialog titled Thresholds that takes the focus when it opens", () => {
    render(
      <ThresholdPanel onClose={() => {}}>
        <button type="button">Add threshold</button>
      </ThresholdPanel>,
    );
    const panel = screen.getByRole("dialog", { name: "Thresholds" });
    expect(panel.contains(document.activeElement)).toBe(true);
  });

  it("closes from its close button and from Escape pressed inside it", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <ThresholdPanel onClose={onClose}>
        <input aria-label="Value" />
      </ThresholdPanel>,
    );
    await user.click(screen.getByRole("button", { name: "Close the threshold editor" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog", { name: "Thresholds" })).toBeNull();
    // Opened again, as its caller mounts it anew.
    cleanup();
    render(
      <ThresholdPanel onClose={onClose}>
        <input aria-label="Value" />
      </ThresholdPanel>,
    );
    await user.click(screen.getByRole("textbox", { name: "Value" }));
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("dialog", { name: "Thresholds" })).toBeNull();
  });
});
