import { treeOf } from "../../../src/model/hierarchy/treeOf";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model/findings/Finding";
import { indexNodes } from "../../../src/ui/shared/hierarchy/NodeIndex";
import { tourSteps } from "../../../src/ui/review/presentation/tourSteps";
import { reviewAnalysis } from "./reviewFixture";

describe("tourSteps", () => {
  const analysis = reviewAnalysis();
  const index = indexNodes(treeOf(analysis.hierarchy));

  it("starts with the misnamed campaign group, on its node", () => {
    const [first] = tourSteps(analysis.findings, index);
    expect(first?.finding.rule).toBe("group-name-mismatch");
    expect(index.nodes.get(first!.node)).toMatchObject({ kind: "campaignGroup", name: "Team A" });
  });

  it("puts errors before warnings whatever order the findings come in", () => {
    const group = analysis.findings.find((f) => f.rule === "group-name-mismatch")!;
    const campaign = analysis.model.byKind.campaign[0]!;
    const warning: Finding = {
      ...group,
      rule: "campaign-without-groups",
      severity: "warning",
      object: campaign.key,
    };
    const steps = tourSteps([warning, group], index);
    expect(steps.map((s) => [s.finding.severity, index.nodes.get(s.node)?.name])).toEqual([
      ["error", "Team A"],
      ["warning", "Sales"],
    ]);
  });

  it("stops once per node however many findings it has", () => {
    const group = analysis.findings.find((f) => f.rule === "group-name-mismatch")!;
    const many: Finding[] = Array.from({ length: 50 }, () => group);
    const campaign = analysis.model.byKind.campaign[0]!;
    const others = Array.from({ length: 50 }, (_, i) => ({
      ...group,
      rule: `r${i}`,
      object: campaign.key,
    }));
    expect(tourSteps([...many, ...others], index)).toHaveLength(2);
  });
});
