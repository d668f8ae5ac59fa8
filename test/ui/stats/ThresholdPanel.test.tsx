// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ThresholdPanel } from "../../../src/ui/stats/ThresholdPanel";

afterEach(cleanup);

describe("ThresholdPanel", () => {
  it("is a dialog titled Thresholds that takes the focus when it opens", () => {
    render(
      <ThresholdPanel onClose={() => {}} above={{ current: null }}>
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
      <ThresholdPanel onClose={onClose} above={{ current: null }}>
        <input aria-label="Value" />
      </ThresholdPanel>,
    );
    await user.click(screen.getByRole("button", { name: "Close the threshold editor" }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog", { name: "Thresholds" })).toBeNull();
    // Opened again, as its caller mounts it anew.
    cleanup();
    render(
      <ThresholdPanel onClose={onClose} above={{ current: null }}>
        <input aria-label="Value" />
      </ThresholdPanel>,
    );
    await user.click(screen.getByRole("textbox", { name: "Value" }));
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("dialog", { name: "Thresholds" })).toBeNull();
  });

  it("stands above the legend it is given, and at the screen's foot once the legend is too high", () => {
    Object.defineProperty(document.documentElement, "clientHeight", {
      value: 900,
      configurable: true,
    });
    const legend = document.createElement("section");
    const view = document.createElement("div");
    view.append(legend);
    document.body.append(view);
    let legendTop = 600;
    legend.getBoundingClientRect = () => DOMRect.fromRect({ y: legendTop, height: 40 });
    view.getBoundingClientRect = () => DOMRect.fromRect({ y: 150, height: 490 });
    const style = () => {
      const panel = screen.getByRole("dialog", { name: "Thresholds" });
      return [
        panel.style.getPropertyValue("--threshold-panel-bottom"),
        panel.style.getPropertyValue("--threshold-panel-room"),
      ];
    };
    const { unmount } = render(
      <ThresholdPanel onClose={() => {}} above={{ current: legend }}>
        <p>Rules</p>
      </ThresholdPanel>,
    );
    expect(style()).toEqual(["308px", "434px"]);
    unmount();
    // Scrolled up the page until the rules no longer fit above the legend, or out of sight.
    for (legendTop of [200, -300]) {
      render(
        <ThresholdPanel onClose={() => {}} above={{ current: legend }}>
          <p>Rules</p>
        </ThresholdPanel>,
      );
      expect(style()).toEqual(["", ""]);
      cleanup();
    }
    view.remove();
  });
});
