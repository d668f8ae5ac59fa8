// @vitest-environment jsdom
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { asNodePath } from "../../../src/model/config/ids";
import { PresentationMode } from "../../../src/ui/review/presentation/PresentationMode";
import type { ThresholdCrossing } from "../../../src/ui/shared/statsSlots/StatsSlots";
import { analyseConfig } from "../../../src/ui/worker/analyseConfig";
import { fixtureText, renderWorkspace } from "../renderWorkspace";

const analyse = (pivot: "campaign" | "group") =>
  analyseConfig([{ path: "sales.json", content: fixtureText("sales.json") }], pivot);

const CAROL = asNodePath(
  "tenant:Environment/campaign:Retention/campaignGroup:Retention@Closers/groupAgents:Closers/agent:carol",
);

describe("PresentationMode and threshold crossings", () => {
  it("visits a crossing of the workspace's hierarchy, and ignores one judged on another", async () => {
    const user = userEvent.setup();
    const analysis = analyse("campaign");
    // The same file under another pivot: the figures the store had before the switch.
    const other = analyse("group").hierarchy;
    const carol = analysis.hierarchy.nodeAt(CAROL)!;
    expect(carol).toBeDefined();
    const listeners = new Set<(crossing: ThresholdCrossing) => void>();
    const cross = (crossing: ThresholdCrossing) =>
      act(() => {
        for (const listener of listeners) listener(crossing);
      });
    renderWorkspace(<PresentationMode onExit={() => {}} />, {
      analysis,
      statsSlots: {
        subscribeCrossings: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    });
    const selected = () => screen.getByLabelText("selected node").textContent;
    const first = selected();
    expect(first).not.toBe("none");

    cross({ hierarchy: other, node: carol, level: "alarm", figure: "Overdial rate" });
    await user.keyboard("{ArrowRight}");
    // Next goes on with the findings: the other hierarchy's NodeId is not revealed here.
    expect(selected()).not.toBe(CAROL);
    expect(screen.queryByText(/Overdial rate/)).toBeNull();

    cross({ hierarchy: analysis.hierarchy, node: carol, level: "alarm", figure: "Overdial rate" });
    expect(screen.getByText(/Overdial rate/)).toBeInTheDocument();
    await user.keyboard("{ArrowRight}");
    expect(selected()).toBe(CAROL);
  });
});
