import { describe, expect, it } from "vitest";
import type { NodeId } from "../../../src/model/config/ids";
import { groupFindingsByObject } from "../../../src/ui/features/hierarchy/findingsOfNode";
import { openToLevel } from "../../../src/ui/features/hierarchy/NodeIndex";
import { layoutTree, NODE_WIDTH } from "../../../src/ui/features/tree/layoutTree";
import { buildTreeSvg } from "../../../src/ui/review/export/buildTreeSvg";
import { reviewAnalysis, reviewConfigText } from "./reviewFixture";

describe("buildTreeSvg", () => {
  const analysis = reviewAnalysis();
  const expanded = new Set<NodeId>(openToLevel(analysis.root, 5));
  const layout = layoutTree(analysis.root, expanded);
  const { svg, width, height } = buildTreeSvg(layout, {
    findingsByObject: groupFindingsByObject(analysis.findings),
    markOf: (node) => (node.name === "Sales" ? "renamed" : null),
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
    expect(svg).toContain('fill="#b3261e">expects Sales@Team1</text>');
    expect(svg).toMatch(/<circle [^>]*fill="#b3261e"\/><text [^>]*>1<\/text>/);
    expect(svg).toContain(">renamed</text>");
  });

  it("escapes names: a calling list called <script> is text", () => {
    expect(svg).toContain(">&lt;script&gt;alert(1)&lt;/script&gt;</text>");
    expect(svg).not.toContain("<script>");
  });

  it("clips a long name on the card and keeps it whole in the tooltip", () => {
    const long = reviewAnalysis(reviewConfigText({ listName: "CL_" + "x".repeat(40) }));
    const open = new Set<NodeId>(openToLevel(long.root, 5));
    const out = buildTreeSvg(layoutTree(long.root, open), {
      findingsByObject: new Map(),
      title: "t",
    }).svg;
    expect(out).toContain(`<title>CL_${"x".repeat(40)}</title>`);
    expect(out).toContain(`>CL_${"x".repeat(21)}…</text>`);
  });
});
