import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../../src/model/hierarchy/buildHierarchy";
import { loadConfig } from "../../../src/model/loadConfig";
import { importConfig } from "../../../src/model/import/importConfig";
import {
  analyseInputs,
  buildImported,
  checkBuilt,
  type AnalysisPhase,
} from "../../../src/model/pipeline/analyseInputs";
import { runRules } from "../../../src/model/rules/runRules";

const SAMPLE = resolve(__dirname, "../../../public/samples/contact-centre-mistakes.json");
const inputs = [{ path: "mistakes.json", content: readFileSync(SAMPLE) }];

describe("analyseInputs, the one analysis pipeline", () => {
  it("imports, resolves, links, builds the hierarchy and runs the rules, reporting each step in order", () => {
    const phases: AnalysisPhase[] = [];
    const stages: string[] = [];
    const analysis = analyseInputs(inputs, {
      pivot: "campaign",
      settings: {},
      hooks: {
        onPhase: (phase) => phases.push(phase),
        onProgress: (progress) => stages.push(progress.stage),
      },
    });
    expect(phases).toEqual(["imported", "resolved", "linked", "hierarchy", "rules"]);
    expect(stages).toEqual(["reading", "building", "checking"]);
    const model = loadConfig(inputs);
    expect(analysis.hierarchy!.columns).toEqual(buildHierarchy(model, "campaign").columns);
    expect(analysis.findings).toEqual(runRules(model));
    expect(analysis.findings.length).toBeGreaterThan(0);
  });

  it("runs in two parts, the rules apart, with the same result", () => {
    const phases: AnalysisPhase[] = [];
    const options = {
      pivot: "campaign",
      settings: {},
      hooks: { onPhase: (phase: AnalysisPhase) => phases.push(phase) },
    } as const;
    const files = inputs.map((input) => importConfig(input));
    const built = buildImported(files, options);
    expect(phases).toEqual(["imported", "resolved", "linked", "hierarchy"]);
    expect(built).not.toHaveProperty("findings");
    const checked = checkBuilt(built, options);
    expect(phases).toEqual(["imported", "resolved", "linked", "hierarchy", "rules"]);
    expect(checked.hierarchy).toBe(built.hierarchy);
    expect(checked.findings).toEqual(analyseInputs(inputs, options).findings);
    expect(checked.findings.length).toBeGreaterThan(0);
  });

  it("builds no hierarchy without a pivot and runs no rules without settings", () => {
    const phases: AnalysisPhase[] = [];
    const analysis = analyseInputs(inputs, {
      pivot: null,
      settings: null,
      hooks: { onPhase: (phase) => phases.push(phase) },
    });
    expect(phases).toEqual(["imported", "resolved", "linked"]);
    expect(analysis.hierarchy).toBeNull();
    expect(analysis.findings).toEqual([]);
  });

  it("applies rule settings: a rule turned off finds nothing", () => {
    const all = analyseInputs(inputs, { pivot: null, settings: {} }).findings;
    const off = all[0]!.rule;
    const some = analyseInputs(inputs, { pivot: null, settings: { [off]: "off" } }).findings;
    expect(some.some((f) => f.rule === off)).toBe(false);
    expect(some.length).toBeLessThan(all.length);
  });
});
