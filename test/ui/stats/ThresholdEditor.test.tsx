// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_THRESHOLDS, type Threshold } from "../../../src/model/stats/Threshold";
import { ThresholdEditor } from "../../../src/ui/stats/ThresholdEditor";

afterEach(cleanup);

describe("ThresholdEditor", () => {
  it("takes an overdial limit in percent and stores it as a fraction", async () => {
    const onChange = vi.fn<(thresholds: readonly Threshold[]) => void>();
    render(<ThresholdEditor thresholds={[DEFAULT_THRESHOLDS[0]!]} onChange={onChange} />);
    const input = screen.getByLabelText(
      "Value of threshold on campaignGroup Overdial rate (percent)",
    );
    expect(input).toHaveValue(3);
    await userEvent.clear(input);
    await userEvent.type(input, "5");
    expect(onChange).toHaveBeenLastCalledWith([{ ...DEFAULT_THRESHOLDS[0], value: 0.05 }]);
  });

  it("disables a threshold with its checkbox", async () => {
    const onChange = vi.fn<(thresholds: readonly Threshold[]) => void>();
    render(<ThresholdEditor thresholds={[DEFAULT_THRESHOLDS[0]!]} onChange={onChange} />);
    await userEvent.click(
      screen.getByRole("checkbox", { name: "Enable threshold on campaignGroup Overdial rate" }),
    );
    expect(onChange).toHaveBeenCalledWith([{ ...DEFAULT_THRESHOLDS[0], enabled: false }]);
  });
});
