// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { asNodeId } from "../../../src/model/config/ids";
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

describe("ThresholdEditor in the supervisor's words", () => {
  const waitingAgents = DEFAULT_THRESHOLDS.find((t) => t.id === "campaignGroup-WaitingAgents")!;

  it("offers a group's waiting states by name, storing Stat Server's", async () => {
    const store = lagging([waitingAgents]);
    const value = screen.getByLabelText(
      "Value of threshold on Campaign group Waiting",
    ) as HTMLSelectElement;
    expect(value.selectedOptions[0]!.textContent).toBe("Waiting for agents");
    expect([...value.options].map((o) => o.textContent)).not.toContain("WaitingAgents");
    await userEvent.selectOptions(value, "Waiting for ports");
    expect(store.latest()).toEqual([{ ...waitingAgents, value: "WaitingPorts" }]);
  });

  it("names comparisons and levels as words", () => {
    lagging([DEFAULT_THRESHOLDS[0]!]);
    const comparison = screen.getByLabelText("Comparison of threshold 1") as HTMLSelectElement;
    expect(comparison.selectedOptions[0]!.textContent).toBe("is above");
    const level = screen.getByLabelText("Level of threshold 1") as HTMLSelectElement;
    expect(level.selectedOptions[0]!.textContent).toBe("Alarm");
  });

  it("says what each rule would colour now, naming the first few", () => {
    const [overdial, busy] = [
      DEFAULT_THRESHOLDS[0]!,
      { ...DEFAULT_THRESHOLDS[1]!, enabled: false },
    ];
    const ids = [0, 1, 2, 3].map(asNodeId);
    render(
      <ThresholdEditor
        thresholds={[overdial, busy]}
        onChange={() => {}}
        previews={
          new Map([
            [overdial.id, { count: 4, nodes: ids.slice(0, 3) }],
            [busy.id, { count: 0, nodes: [] }],
          ])
        }
        nameOf={(id) => `Sales@Team ${"ABCD"[id]}`}
      />,
    );
    const [first, second] = screen.getAllByRole("listitem");
    expect(first).toHaveTextContent(
      "Would colour 4 campaign groups as an alarm now: Sales@Team A, Sales@Team B, Sales@Team C, …",
    );
    expect(second).toHaveTextContent("Off. If on, it would colour nothing now.");
  });
});
