import { describe, expect, it } from "vitest";
import {
  hasShownChildren,
  shownChildCount,
  wholeHierarchy,
} from "../../src/ui/shared/hierarchy/ShownNodes";
import { sampleHierarchy } from "./hierarchyFixture";

const { hierarchy, at: node } = sampleHierarchy();
const whole = wholeHierarchy(hierarchy);

/** The sample hierarchy keeping only these fixture nodes. */
function keeping(...ids: string[]) {
  const shown = new Uint8Array(hierarchy.size);
  for (const id of ids) shown[node(id)] = 1;
  return { hierarchy, top: [node("t:Environment")], shown };
}

describe("shownChildCount", () => {
  it("counts every child when nothing is filtered out", () => {
    expect(shownChildCount(whole, node("t:Environment"))).toBe(2);
    expect(shownChildCount(whole, node("c:Sales"))).toBe(2);
    expect(shownChildCount(whole, node("cl:Sales/Leads"))).toBe(0);
  });

  it("counts only the children the mask keeps, not their descendants", () => {
    const scope = keeping("t:Environment", "c:Sales", "ccl:Sales/Leads", "cl:Sales/Leads");
    expect(shownChildCount(scope, node("t:Environment"))).toBe(1);
    expect(shownChildCount(scope, node("c:Sales"))).toBe(1);
    expect(shownChildCount(scope, node("c:Retention"))).toBe(0);
  });
});

describe("hasShownChildren", () => {
  it("is true for a node with children when nothing is filtered out, false for a leaf", () => {
    expect(hasShownChildren(whole, node("c:Sales"))).toBe(true);
    expect(hasShownChildren(whole, node("ag:Sales/Team A/Agents"))).toBe(false);
  });

  it("looks only below the node: shown nodes after its subtree do not count", () => {
    const scope = keeping("t:Environment", "c:Sales", "c:Retention", "ccl:Retention/Leads");
    expect(hasShownChildren(scope, node("c:Sales"))).toBe(false);
    expect(hasShownChildren(scope, node("c:Retention"))).toBe(true);
    expect(hasShownChildren(scope, node("ccl:Retention/Leads"))).toBe(false);
  });

  it("asks about the children themselves, not deeper descendants", () => {
    // Not a mask filterHierarchy makes (it keeps every ancestor), but the question is children.
    const scope = keeping("t:Environment", "c:Sales", "ag:Sales/Team A/Agents");
    expect(hasShownChildren(scope, node("c:Sales"))).toBe(false);
  });
});
