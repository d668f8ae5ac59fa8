// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { keepTabInside } from "../../../src/ui/shared/keepTabInside";

afterEach(cleanup);

function Sheet() {
  return (
    <>
      <button type="button">Behind</button>
      <div role="dialog" aria-label="Sheet" onKeyDown={(e) => keepTabInside(e, e.currentTarget)}>
        <button type="button">First</button>
        <input aria-label="Value" />
        <button type="button" disabled>
          Waiting
        </button>
        <button type="button">Last</button>
      </div>
      <button type="button">After</button>
    </>
  );
}

describe("keepTabInside", () => {
  it("takes Tab from the last control round to the first", async () => {
    const user = userEvent.setup();
    render(<Sheet />);
    screen.getByRole("button", { name: "Last" }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "First" }));
  });

  it("takes Shift+Tab from the first control to the last, past a disabled one", async () => {
    const user = userEvent.setup();
    render(<Sheet />);
    screen.getByRole("button", { name: "First" }).focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Last" }));
  });

  it("leaves Tab between the controls inside to the browser", async () => {
    const user = userEvent.setup();
    render(<Sheet />);
    screen.getByRole("button", { name: "First" }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Value" }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Last" }));
  });
});
