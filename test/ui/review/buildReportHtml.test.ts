import { describe, expect, it } from "vitest";
import { diffFindings } from "../../../src/model/diff/diffFindings";
import { diffModels } from "../../../src/model/diff/diffModels";
import { findRule } from "../../../src/model/rules/ruleRegistry";
import { buildReportHtml } from "../../../src/ui/review/report/buildReportHtml";
import { escapeHtml } from "../../../src/ui/shared/escapeHtml";
import { reviewAnalysis, reviewConfigText } from "./reviewFixture";

const generatedAt = new Date("2026-11-25T18:00:00Z");

describe("buildReportHtml", () => {
  const analysis = reviewAnalysis();
  const html = buildReportHtml({
    sources: analysis.sources,
    model: analysis.model,
    findings: analysis.findings,
    hierarchy: analysis.hierarchy,
    ruleOf: findRule,
    comparison: null,
    generatedAt,
  });

  it("is one self-contained document: inline styles with print rules, no script, no external resource", () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("@media print");
    expect(html).toMatch(/thead \{\s*display: table-header-group;\s*\}/);
    expect(html).not.toMatch(/<script|<link|src=/i);
  });

  it("counts the objects per kind and the findings per severity", () => {
    expect(html).toContain('<tr><td>Campaign group</td><td class="count">1</td>');
    expect(html).toContain(
      '<tr><td>Calling list</td><td class="count">1</td><td> (1 known only by reference)</td></tr>',
    );
    const errors = analysis.findings.filter((f) => f.severity === "error").length;
    expect(html).toContain(`<td class="severity-error">error</td><td class="count">${errors}</td>`);
  });

  it("lists group-name-mismatch with its explanation, the object and the expected name", () => {
    expect(html).toContain("<h3><code>group-name-mismatch</code> &middot; 1 finding</h3>");
    expect(html).toContain(escapeHtml(findRule("group-name-mismatch")!.description));
    expect(html).toMatch(
      /<td class="mono">Team A<\/td><td>[^<]*<\/td><td class="mono">Sales@Team1<\/td>/,
    );
  });

  it("escapes names: a calling list called <script> is text", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("shows the hierarchy: tenant, campaign, its group with the Stat Server id it expects", () => {
    expect(html).toContain('<span class="kind">Tenant</span> Environment');
    expect(html).toContain('<span class="kind">Campaign</span> Sales');
    expect(html).toContain(
      '<span class="kind">Campaign group</span> Team A <span class="mono">(Stat Server id Sales@Team1)</span> <span class="flag">1 finding</span>',
    );
  });

  it("adds the comparison's counts when one is loaded", () => {
    const before = reviewAnalysis(reviewConfigText({ teamName: "Sales@Team1" }));
    const withComparison = buildReportHtml({
      sources: analysis.sources,
      model: analysis.model,
      findings: analysis.findings,
      hierarchy: analysis.hierarchy,
      ruleOf: findRule,
      comparison: {
        diff: diffModels(before.model, analysis.model),
        findings: diffFindings(before.findings, analysis.findings),
      },
      generatedAt,
    });
    expect(withComparison).toContain("<h2>Changes since the earlier snapshot</h2>");
    expect(withComparison).toContain('<tr><td>renamed</td><td class="count">1</td></tr>');
    expect(withComparison).toContain("Findings introduced: 1; findings fixed: 0.");
    expect(withComparison).toContain(
      "<tr><td>renamed</td><td>Campaign group &quot;Team A&quot; in campaign &quot;Sales&quot;</td><td>renamed from &quot;Sales@Team1&quot; (likely,",
    );
  });
});
