import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { linkModel } from "../../../src/model/hierarchy/linkModel";
import { loadConfig } from "../../../src/model/loadConfig";
import { runRules } from "../../../src/model/rules/runRules";
import { largeConfiguration } from "./largeConfiguration";

describe("a configuration of 100,000 objects", () => {
  // A bound far above the measured cost (a few seconds for this block on a 2-core machine
  // shared with other test runs, load average above 10), which only work that grows faster
  // than the model, such as comparing every pair of names, would break.
  it("is drawn in every pivot and checked in under 30 seconds", { timeout: 120_000 }, () => {
    const model = loadConfig([{ path: "large.json", content: largeConfiguration(100_000) }]);
    expect(model.objects.size).toBeGreaterThan(100_000);
    const started = performance.now();
    const links = linkModel(model);
    const built = buildHierarchy(model, "campaign", links);
    buildHierarchy(model, "callingList", links);
    buildHierarchy(model, "group", links);
    const findings = runRules(model, {}, links);
    const elapsed = performance.now() - started;
    expect(built.size).toBeGreaterThan(200_000);
    // Every second campaign group is named with "_" (see largeConfiguration) and one agent in
    // 20 has no employee ID: 3,704 of each at this size.
    expect(findings.filter((f) => f.rule === "group-name-mismatch")).toHaveLength(3704);
    expect(findings.filter((f) => f.rule === "agent-without-employee-id")).toHaveLength(3704);
    expect(elapsed).toBeLessThan(30_000);
  });
});
