// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { wholeHierarchy } from "../../src/ui/shared/hierarchy/ShownNodes";
import { filterHierarchy } from "../../src/ui/shared/shownHierarchy/filterHierarchy";
import { useShownHierarchy } from "../../src/ui/shared/shownHierarchy/ShownHierarchyContext";
import { ShownHierarchyProvider } from "../../src/ui/shared/shownHierarchy/ShownHierarchyProvider";
import { renderWorkspace } from "./renderWorkspace";

const seen: (readonly number[])[] = [];
function TopProbe() {
  seen.push(useShownHierarchy().top);
  return null;
}

describe("the whole hierarchy", () => {
  it("is one view per hierarchy, with the same top rows every time", () => {
    const { analysis } = renderWorkspace(null);
    const { hierarchy } = analysis;
    const whole = wholeHierarchy(hierarchy);
    expect(wholeHierarchy(hierarchy)).toBe(whole);
    expect(whole.top).toEqual(hierarchy.children(hierarchy.parent(whole.top[0]!)!));
    expect(whole.shown).toBeNull();
    expect(filterHierarchy(hierarchy, { matches: null, focus: null }).top).toBe(whole.top);
  });

  it("gives every panel the same top rows, with or without a filter provider", () => {
    seen.length = 0;
    const { analysis } = renderWorkspace(
      <>
        <TopProbe />
        <TopProbe />
        <ShownHierarchyProvider filter={null} focus={null} onShowAll={() => {}}>
          <TopProbe />
        </ShownHierarchyProvider>
      </>,
    );
    const { top } = wholeHierarchy(analysis.hierarchy);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const each of seen) expect(each).toBe(top);
  });
});
