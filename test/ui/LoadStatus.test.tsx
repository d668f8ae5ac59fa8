// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LoadStatus } from "../../src/ui/shared/load/LoadStatus";

afterEach(cleanup);

const quiet = {
  fetching: null,
  progress: null,
  error: null,
  fetchError: null,
  pivotError: null,
  keptOpen: true,
  onRetry: null,
  onDismiss: () => undefined,
};

describe("LoadStatus", () => {
  it("says a pivot could not be built, that the previous hierarchy stays, and dismisses", async () => {
    const onDismiss = vi.fn();
    render(
      <LoadStatus
        {...quiet}
        pivotError="Could not root the hierarchy by calling list: This configuration is no longer held in memory: open it again."
        onDismiss={onDismiss}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      "Could not root the hierarchy by calling list: This configuration is no longer held in memory: open it again. The hierarchy shown before is still shown.",
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it("puts a failed load before a failed pivot", () => {
    render(
      <LoadStatus
        {...quiet}
        fetchError="Could not fetch /configs/sales.json: HTTP 503."
        pivotError="Could not root the hierarchy by group: worker failed"
      />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Could not open the configuration.");
    expect(screen.getByRole("alert")).not.toHaveTextContent("Could not root");
  });

  it("shows nothing when nothing is loading or wrong", () => {
    const { container } = render(<LoadStatus {...quiet} />);
    expect(container).toBeEmptyDOMElement();
  });
});
