import { describe, expect, it } from "vitest";
import type { AnalysisProgress } from "../../../src/ui/worker/analyseConfig";
import { analyseConfig } from "../../../src/ui/worker/analyseConfig";
import { fixtureText } from "../renderWorkspace";

describe("analyseConfig", () => {
  it("reports each stage of the pipeline, reading the files first, as the worker's analysis does", () => {
    const progress: AnalysisProgress[] = [];
    const analysis = analyseConfig(
      [{ path: "sales.json", content: fixtureText("sales.json") }],
      "campaign",
      {},
      (step) => progress.push(step),
    );
    expect(progress.map((step) => step.stage)).toEqual(["reading", "building", "checking"]);
    expect(analysis.sources).toEqual(["sales.json"]);
    expect(analysis.model.objects.size).toBeGreaterThan(0);
  });
});
