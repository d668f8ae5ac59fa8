// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type Threshold } from "../../../src/model/stats/Threshold";
import { ThresholdEditor, type ThresholdUpdate } from "../../../src/ui/stats/ThresholdEditor";

afterEach(cleanup);

/**
 * Applies each update to a list of its own, as the statistics store does, while the editor
 * keeps drawing the list it was given: the store draws at most once per frame, so the editor
 * may be a frame behind.
 */
function lagging(initial: readonly Threshold[]) {
  let latest = initial;
  const onChange = (update: ThresholdUpdate) => {
    latest = update(latest);
  };
  render(<ThresholdEditor thresholds={initial} onChange={onChange} />);
  return { latest: () => latest };
}

describe("ThresholdEditor", () => {
  it("speaks the supervisor's words: object kinds by their display names, none internal", () => {
    lagging(DEFAULT_THRESHOLDS);
    const kinds = screen.getByLabelText("Node kind of threshold 1") as HTMLSelectElement;
    const shown = [...kinds.options].map((o) => o.textContent);
    expect(shown).toContain("Campaign group");
    expect(shown).toContain("Configuration");
    expect(shown).not.toContain("campaignGroup");
    expect(shown).not.toContain("root");
    expect(kinds.selectedOptions[0]!.textContent).toBe("Campaign group");
  });

  it("takes an overdial limit in percent and stores it as a fraction", async () => {
    const store = lagging([DEFAULT_THRESHOLDS[0]!]);
    const input = screen.getByLabelText(
      "Value of threshold on Campaign group Overdial rate (percent)",
    );
    expect(input).toHaveValue(3);
    await userEvent.clear(input);
    await userEvent.type(input, "5");
    expect(store.latest()).toEqual([{ ...DEFAULT_THRESHOLDS[0], value: 0.05 }]);
  });

  it("disables a threshold with its checkbox", async () => {
    const store = lagging([DEFAULT_THRESHOLDS[0]!]);
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Enable threshold on Campaign group Overdial rate" }),
    );
    expect(store.latest()).toEqual([{ ...DEFAULT_THRESHOLDS[0], enabled: false }]);
  });

  it("keeps both of two quick edits made before the list is drawn again", async () => {
    const store = lagging([DEFAULT_THRESHOLDS[0]!]);
    await userEvent.selectOptions(screen.getByLabelText("Node kind of threshold 1"), "campaign");
    await userEvent.selectOptions(screen.getByLabelText("Figure of threshold 1"), "agentsReady");
    expect(store.latest()).toEqual([
      { ...DEFAULT_THRESHOLDS[0], kind: "campaign", figure: "agentsReady" },
    ]);
  });

  it("adds a threshold to the latest list, not to the one drawn", async () => {
    const store = lagging([DEFAULT_THRESHOLDS[0]!]);
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Enable threshold on Campaign group Overdial rate" }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Add threshold" }));
    expect(store.latest()).toHaveLength(2);
    expect(store.latest()[0]).toMatchObject({ enabled: false });
  });
});
