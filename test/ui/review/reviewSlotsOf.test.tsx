// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { asNodeId, type NodeId, type ObjectKey } from "../../../src/model/config/ids";
import { diffModels } from "../../../src/model/diff/diffModels";
import {
  CHANGE_TYPES,
  type ChangeType,
  type ObjectChange,
} from "../../../src/model/diff/ModelDiff";
import type { Review } from "../../../src/ui/shared/review/ReviewContext";
import { reviewSlotsOf } from "../../../src/ui/shared/review/reviewSlotsOf";
import { reviewAnalysis, reviewConfigText } from "./reviewFixture";

afterEach(cleanup);

// The open configuration's group is "Team A"; before, it had its Stat Server name.
const open = reviewAnalysis();
const before = reviewAnalysis(reviewConfigText({ teamName: "Sales@Team1" }));
const diff = diffModels(before.model!, open.model!);
const byObject = new Map<ObjectKey, ObjectChange>();
for (const change of diff.changes) if (change.after !== null) byObject.set(change.after, change);

const review = (
  comparison: Review["comparison"],
  shownTypes: ReadonlySet<ChangeType> = new Set(CHANGE_TYPES),
): Review => ({
  before: null,
  comparison,
  comparing: false,
  comparisonError: null,
  shownTypes,
  setShownTypes: () => undefined,
  ruleOf: () => undefined,
});
const compared = (shownTypes?: ReadonlySet<ChangeType>) =>
  review({ diff, findings: { introduced: [], fixed: [] }, byObject }, shownTypes);

const { hierarchy } = open;
const nodes: NodeId[] = Array.from({ length: hierarchy.size }, (_, n) => asNodeId(n));
const team = nodes.find(
  (n) => hierarchy.kind(n) === "campaignGroup" && hierarchy.name(n) === "Team A",
)!;

describe("reviewSlotsOf", () => {
  it("fills no slot while nothing is compared, so the features draw no marks", () => {
    expect(reviewSlotsOf(review(null), hierarchy)).toEqual({});
  });

  it("marks the renamed group for the tree canvas, and no other node", () => {
    const { changeMarkOf } = reviewSlotsOf(compared(), hierarchy);
    expect(changeMarkOf?.(team)).toBe("renamed");
    expect(nodes.filter((n) => changeMarkOf?.(n) !== null)).toEqual([team]);
  });

  it("draws the mark beside the name: the change type, a ? for a likely rename", () => {
    const { renderNodeMark } = reviewSlotsOf(compared(), hierarchy);
    const { container } = render(<>{renderNodeMark?.(team)}</>);
    const mark = container.querySelector(".diff-mark");
    expect(mark).toHaveTextContent("renamed?");
    expect(mark).toHaveAttribute("data-change", "renamed");
    expect(mark?.getAttribute("title")).toContain("Sales@Team1");
  });

  it("marks nothing of a change type the user filtered out", () => {
    const { changeMarkOf, renderNodeMark } = reviewSlotsOf(compared(new Set(["added"])), hierarchy);
    expect(changeMarkOf?.(team)).toBeNull();
    expect(render(<>{renderNodeMark?.(team)}</>).container).toBeEmptyDOMElement();
  });
});
