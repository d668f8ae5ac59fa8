// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { PaneRail } from "../../src/ui/features/panes/PaneRail";

afterEach(cleanup);

function Rail({ grows = 1, orientation = "vertical" as "vertical" | "horizontal" }) {
  const [value, setValue] = useState(300);
  const [collapsed, setCollapsed] = useState(false);
  return (
    <>
      <div id="pane">pane</div>
      <PaneRail
        label="side panel"
        controls="pane"
        orientation={orientation}
        grows={grows as 1 | -1}
        value={value}
        min={200}
        max={600}
        collapsed={collapsed}
        resizable
        onResize={setValue}
        onCollapsed={setCollapsed}
      />
    </>
  );
}

const separator = () => screen.getByRole("separator", { name: "Resize side panel" });

describe("PaneRail", () => {
  it("is a focusable window splitter with its value and bounds", () => {
    render(<Rail />);
    const bar = separator();
    expect(bar).toHaveAttribute("tabindex", "0");
    expect(bar).toHaveAttribute("aria-orientation", "vertical");
    expect(bar).toHaveAttribute("aria-valuenow", "300");
    expect(bar).toHaveAttribute("aria-valuemin", "200");
    expect(bar).toHaveAttribute("aria-valuemax", "600");
    expect(bar).toHaveAttribute("aria-controls", "pane");
  });

  it("steps with the arrows (Shift: further), and goes to the ends with Home and End", async () => {
    const user = userEvent.setup();
    render(<Rail />);
    separator().focus();
    await user.keyboard("{ArrowRight}");
    expect(separator()).toHaveAttribute("aria-valuenow", "316");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(separator()).toHaveAttribute("aria-valuenow", "284");
    await user.keyboard("{Shift>}{ArrowRight}{/Shift}");
    expect(separator()).toHaveAttribute("aria-valuenow", "348");
    await user.keyboard("{End}");
    expect(separator()).toHaveAttribute("aria-valuenow", "600");
    await user.keyboard("{ArrowRight}");
    expect(separator()).toHaveAttribute("aria-valuenow", "600");
    await user.keyboard("{Home}");
    expect(separator()).toHaveAttribute("aria-valuenow", "200");
  });

  it("grows a pane after it when moved the other way, and uses Up and Down when stacked", async () => {
    const user = userEvent.setup();
    render(<Rail grows={-1} orientation="horizontal" />);
    separator().focus();
    expect(separator()).toHaveAttribute("aria-orientation", "horizontal");
    await user.keyboard("{ArrowUp}");
    expect(separator()).toHaveAttribute("aria-valuenow", "316");
    await user.keyboard("{ArrowRight}");
    expect(separator()).toHaveAttribute("aria-valuenow", "316");
  });

  it("hides and shows the pane with Enter and with its button", async () => {
    const user = userEvent.setup();
    render(<Rail />);
    separator().focus();
    await user.keyboard("{Enter}");
    const show = screen.getByRole("button", { name: "Show side panel" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(separator()).toHaveAttribute("aria-valuetext", "Side panel hidden");
    await user.click(show);
    expect(screen.getByRole("button", { name: "Hide side panel" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Hide side panel" }));
    separator().focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("button", { name: "Hide side panel" })).toBeInTheDocument();
    expect(separator()).toHaveAttribute("aria-valuenow", "216");
  });

  it("resizes by drag, within the bounds", () => {
    // jsdom has no PointerEvent: a mouse event with a pointer id stands in for it.
    class TestPointerEvent extends MouseEvent {
      readonly pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
      }
    }
    window.PointerEvent ??= TestPointerEvent as unknown as typeof PointerEvent;
    render(<Rail />);
    const bar = separator();
    bar.setPointerCapture = () => {};
    bar.releasePointerCapture = () => {};
    fireEvent.pointerDown(bar, { pointerId: 1, button: 0, clientX: 400 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 450 });
    expect(bar).toHaveAttribute("aria-valuenow", "350");
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 1400 });
    expect(bar).toHaveAttribute("aria-valuenow", "600");
    fireEvent.pointerUp(bar, { pointerId: 1, clientX: 1400 });
    fireEvent.pointerMove(bar, { pointerId: 1, clientX: 400 });
    expect(bar).toHaveAttribute("aria-valuenow", "600");
  });
});
