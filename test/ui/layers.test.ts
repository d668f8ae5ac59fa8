import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The UI's layers are held by lint (docs/architecture.md, "Layers"). These cases lint a
// module's text as if it sat at a path of the UI, so a loosened configuration fails here.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

const layerErrors = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "boundaries/dependencies" || m.ruleId === "import-x/no-cycle")
    .map((m) => m.ruleId ?? "");
};

describe("UI layers", () => {
  it("refuses a feature importing another feature", async () => {
    const errors = await layerErrors(
      "src/ui/features/search/Probe.ts",
      'import { exportTreeSvg } from "../../review/export/exportTree";\nexport const probe = exportTreeSvg;\n',
    );
    expect(errors).toEqual(["boundaries/dependencies"]);
  });

  it("refuses the statistics feature importing a review tool", async () => {
    const errors = await layerErrors(
      "src/ui/stats/Probe.ts",
      'import { tourSteps } from "../review/presentation/tourSteps";\nexport const probe = tourSteps;\n',
    );
    expect(errors).toEqual(["boundaries/dependencies"]);
  });

  it("refuses a feature, or a shared building block, reaching the review tools' state", async () => {
    const readsReview =
      'import { useReview } from "../../shared/review/ReviewContext";\nexport const probe = useReview;\n';
    expect(await layerErrors("src/ui/features/tree/Probe.ts", readsReview)).toEqual([
      "boundaries/dependencies",
    ]);
    expect(
      await layerErrors(
        "src/ui/stats/Probe.ts",
        'import { changeOfNode } from "../shared/review/changeOfNode";\nexport const probe = changeOfNode;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
    expect(
      await layerErrors(
        "src/ui/shared/hierarchy/Probe.ts",
        'import { DiffMark } from "../review/DiffMark";\nexport const probe = DiffMark;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
  });

  it("allows a feature the review slots, and a review tool and the app the review's state", async () => {
    expect(
      await layerErrors(
        "src/ui/features/tree/Probe.ts",
        'import { useReviewSlots } from "../../shared/reviewSlots/ReviewSlots";\nexport const probe = useReviewSlots;\n',
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        "src/ui/review/report/Probe.ts",
        'import { useReview } from "../../shared/review/ReviewContext";\nimport { buildReportHtml } from "./buildReportHtml";\nexport const probe = [useReview, buildReportHtml];\n',
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        "src/ui/app/Probe.ts",
        'import { reviewSlotsOf } from "../shared/review/reviewSlotsOf";\nexport const probe = reviewSlotsOf;\n',
      ),
    ).toEqual([]);
  });

  it("refuses a review tool importing another, and the review's state importing a tool", async () => {
    expect(
      await layerErrors(
        "src/ui/review/presentation/Probe.ts",
        'import { exportTreeSvg } from "../export/exportTree";\nexport const probe = exportTreeSvg;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
    expect(
      await layerErrors(
        "src/ui/shared/review/Probe.ts",
        'import { ComparePanel } from "../../review/compare/ComparePanel";\nexport const probe = ComparePanel;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
  });

  it("refuses a feature importing the app, and shared importing a feature", async () => {
    expect(
      await layerErrors(
        "src/ui/features/search/Probe.ts",
        'import { App } from "../../app/App";\nexport const probe = App;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
    expect(
      await layerErrors(
        "src/ui/shared/Probe.ts",
        'import { SearchBox } from "../features/search/SearchBox";\nexport const probe = SearchBox;\n',
      ),
    ).toEqual(["boundaries/dependencies"]);
  });

  it("allows a feature to use shared building blocks, the worker API and the model, and itself", async () => {
    const errors = await layerErrors(
      "src/ui/features/search/Probe.ts",
      [
        'import { kindColor } from "../../shared/hierarchy/nodeKind";',
        'import { loadModel } from "../../worker/loadModel";',
        'import { buildHierarchy } from "../../../model/hierarchy/buildHierarchy";',
        'import { searchNodes } from "./searchNodes";',
        "export const probe = [kindColor, loadModel, buildHierarchy, searchNodes];",
        "",
      ].join("\n"),
    );
    expect(errors).toEqual([]);
  });

  it("allows the app to wire features together", async () => {
    const errors = await layerErrors(
      "src/ui/app/Probe.ts",
      'import { SearchBox } from "../features/search/SearchBox";\nimport { TreeView } from "../features/tree/TreeView";\nexport const probe = [SearchBox, TreeView];\n',
    );
    expect(errors).toEqual([]);
  });

  it("refuses an import cycle", async () => {
    // VisibleName imports nameSegments: nameSegments importing VisibleName closes a cycle.
    const errors = await layerErrors(
      "src/ui/shared/hierarchy/nameSegments.ts",
      'import { VisibleName } from "./VisibleName";\nexport const probe = VisibleName;\n',
    );
    expect(errors).toEqual(["import-x/no-cycle"]);
  });
});
