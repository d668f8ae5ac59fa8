import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/model/findings/Finding";
import { tourSteps } from "../../../src/ui/review/presentation/tourSteps";
import { reviewAnalysis } from "./reviewFixture";

describe("tourSteps", () => {
  const analysis = reviewAnalysis();
  const { hierarchy } = analysis;

  it("starts with the misnamed campaign group, on its node", () => {
    const [first] = tourSteps(analysis.findings, hierarchy);
    expect(first?.finding.rule).toBe("group-name-mismatch");
    expect(hierarchy.kind(first!.node)).toBe("campaignGroup");
    expect(hierarchy.name(first!.node)).toBe("Team A");
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
    const steps = tourSteps([warning, group], hierarchy);
    expect(steps.map((s) => [s.finding.severity, hierarchy.name(s.node)])).toEqual([
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
    expect(tourSteps([...many, ...others], hierarchy)).toHaveLength(2);
  });
});
