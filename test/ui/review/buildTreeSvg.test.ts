import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { Hierarchy } from "../../../src/model/hierarchy/Hierarchy";
import { groupFindingsByObject } from "../../../src/ui/shared/hierarchy/findingsOfNode";
import { openToLevel } from "../../../src/ui/shared/hierarchy/openToLevel";
import { wholeHierarchy } from "../../../src/ui/shared/hierarchy/ShownNodes";
import { layoutTree, NODE_WIDTH } from "../../../src/ui/shared/tree/layoutTree";

import { buildTreeSvg } from "../../../src/ui/review/export/buildTreeSvg";
import { estimateTextWidth } from "../../../src/ui/review/export/fitToWidth";
import { reviewAnalysis, reviewConfigText } from "./reviewFixture";

/** The layout of a hierarchy opened to its fifth level, as the tree view would draw it. */
function openLayout(hierarchy: Hierarchy) {
  const whole = wholeHierarchy(hierarchy);
  return layoutTree(whole, new Set(openToLevel(whole, 5)));
}

describe("buildTreeSvg", () => {
  const analysis = reviewAnalysis();
  const layout = openLayout(analysis.hierarchy);
  const { svg, width, height } = buildTreeSvg(layout, {
    findingsByObject: groupFindingsByObject(analysis.findings),
    markOf: (node) => (analysis.hierarchy.name(node) === "Sales" ? "renamed" : null),
    title: "Campaign Lens: review.json",
  });

  it("is a standalone SVG document sized to the open tree plus a margin", () => {
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(width).toBe(Math.ceil(layout.width + 48));
    expect(height).toBe(Math.ceil(layout.height + 48));
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(layout.width).toBeGreaterThanOrEqual(3 * NODE_WIDTH);
  });

  it("draws one card per open node, with a link from each child to its parent", () => {
    expect(svg.match(/<g transform=/g)).toHaveLength(layout.nodes.length);
    const links = svg.match(/<path d="([^"]*)"/)![1]!;
    expect(links.match(/M/g)).toHaveLength([...layout.parent].filter((p) => p >= 0).length);
  });

  it("shows the id Stat Server expects for the misnamed group, its finding count and the comparison mark", () => {
    expect(svg).toContain(">Team A</text>");
    expect(svg).toContain(
      'fill="#b3261e" clip-path="url(#card-text-badge)">expects Sales@Team1</text>',
    );
    expect(svg).toMatch(/<circle [^>]*fill="#b3261e"\/><text [^>]*>1<\/text>/);
    expect(svg).toContain(">renamed</text>");
  });

  it("escapes names: a calling list called <script> is text", () => {
    expect(svg).toContain(">&lt;script&gt;alert(1)&lt;/script&gt;</text>");
    expect(svg).not.toContain("<script>");
  });

  it("clips a long name to its room on the card, clip path included, and keeps it whole in the tooltip", () => {
    const long = reviewAnalysis(reviewConfigText({ listName: "CL_" + "W".repeat(40) }));
    const out = buildTreeSvg(openLayout(long.hierarchy), {
      findingsByObject: new Map(),
      title: "t",
    }).svg;
    expect(out).toContain(`<title>CL_${"W".repeat(40)}</title>`);
    const shown = /clip-path="url\(#card-text\)">(CL_W+…)<\/text>/.exec(out)![1]!;
    // From x=44 to 8 px before the card's right edge, at 15 px.
    expect(estimateTextWidth(shown, 15)).toBeLessThanOrEqual(NODE_WIDTH - 8 - 44);
    expect(shown.length).toBeGreaterThan(10);
  });

  it("keeps the expected id clear of the finding badge", () => {
    const long = reviewAnalysis(reviewConfigText().replaceAll("Team1", "Team" + "M".repeat(40)));
    const out = buildTreeSvg(openLayout(long.hierarchy), {
      findingsByObject: groupFindingsByObject(long.findings),
      title: "t",
    }).svg;
    const expects = /clip-path="url\(#card-text-badge\)">(expects [^<]*)<\/text>/.exec(out)![1]!;
    expect(expects).toMatch(/…$/);
    const badgeLeft = NODE_WIDTH - 16 - 11;
    expect(44 + estimateTextWidth(expects, 12)).toBeLessThan(badgeLeft);
    expect(out).toContain(
      `<clipPath id="card-text-badge"><rect x="44" y="0" width="${badgeLeft - 5 - 44}"`,
    );
  });

  it("writes control characters as visible escapes, so the file stays well-formed XML", () => {
    const odd = reviewAnalysis(reviewConfigText({ listName: "eve\u0001\u200B\uD800" }));
    const out = buildTreeSvg(openLayout(odd.hierarchy), {
      findingsByObject: groupFindingsByObject(odd.findings),
      title: "t",
    }).svg;
    expect(out).not.toMatch(/\p{Cf}/u);
    expect([...out].filter((c) => c < " " && c !== "\n")).toEqual([]);
    expect(out).toContain(">eve\\u{1}\\u{200B}\\u{D800}</text>");
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => errors.push(e.message));
    parser.write(out).close();
    expect(errors).toEqual([]);
  });
});
