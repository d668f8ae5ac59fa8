import { lazy, Suspense, useState } from "react";
import { useWorkspace } from "../shared/workspace/WorkspaceContext";
import { wholeHierarchy } from "../shared/hierarchy/ShownNodes";
import { changeOfNode } from "../shared/review/changeOfNode";
import type { TreeExport } from "../review/export/exportTree";
import { LoadingPanel } from "../shared/review/LoadingPanel";
import { useReview } from "../shared/review/ReviewContext";
import { RULES_STILL_RUN } from "../shared/load/rulesStillRun";
import "./review.css";

// A supervisor opening the app needs none of these at first: each loads on first use, so
// the first load carries only what opens a configuration (see test/e2e/firstLoadBudget.e2e.ts).
const ComparePanel = lazy(async () => ({
  default: (await import("../review/compare/ComparePanel")).ComparePanel,
}));
const ConventionsPanel = lazy(async () => ({
  default: (await import("../review/conventions/ConventionsPanel")).ConventionsPanel,
}));
const ReportDialog = lazy(async () => ({
  default: (await import("../review/report/ReportDialog")).ReportDialog,
}));
const PresentationMode = lazy(async () => ({
  default: (await import("../review/presentation/PresentationMode")).PresentationMode,
}));

type ExportFormat = "svg" | "png";

type Open = "compare" | "conventions" | "report" | null;

/** The review features, in the header: compare, conventions, report, export, present. */
export function ReviewTools() {
  const workspace = useWorkspace();
  const review = useReview();
  const [open, setOpen] = useState<Open>(null);
  const [presenting, setPresenting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  // Each tool reads the findings (the tree pictures draw their badges): while the rules still
  // run, they wait rather than show an empty list as the result.
  const checking = workspace.analysis.checking === true;
  const waits = checking ? RULES_STILL_RUN : undefined;
  const toggle = (panel: Open) => setOpen((current) => (current === panel ? null : panel));

  const treeExport = (): TreeExport => ({
    shown: wholeHierarchy(workspace.hierarchy),
    expanded: workspace.view.expanded,
    findingsByObject: workspace.findingsByObject,
    markOf: (node) => changeOfNode(workspace.hierarchy, node, review)?.type ?? null,
    baseName: `campaign-lens-tree-${(workspace.analysis.sources[0] ?? "configuration").replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}`,
  });

  const exportTree = (format: ExportFormat) => {
    setExportError(null);
    setExporting(format);
    const source = treeExport();
    import("../review/export/exportTree")
      .then((module) =>
        format === "svg" ? module.exportTreeSvg(source) : module.exportTreePng(source),
      )
      .catch((e: unknown) =>
        setExportError(
          `${format.toUpperCase()} export failed: ${e instanceof Error ? e.message : String(e)}`,
        ),
      )
      .finally(() => setExporting(null));
  };

  return (
    <div className="review-tools" role="group" aria-label="Review">
      <button
        type="button"
        className="button"
        aria-pressed={open === "compare"}
        disabled={checking}
        title={waits}
        onClick={() => toggle("compare")}
      >
        Compare
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={open === "conventions"}
        disabled={checking}
        title={waits}
        onClick={() => toggle("conventions")}
      >
        Conventions
      </button>
      <button
        type="button"
        className="button"
        disabled={checking}
        title={waits}
        onClick={() => setOpen("report")}
      >
        Report
      </button>
      <button
        type="button"
        className="button"
        aria-label="Tree SVG: save the tree as SVG"
        title={waits ?? "The open part of the tree, as an SVG picture"}
        aria-busy={exporting === "svg"}
        disabled={exporting !== null || checking}
        onClick={() => exportTree("svg")}
      >
        {exporting === "svg" ? "Tree SVG…" : "Tree SVG"}
      </button>
      <button
        type="button"
        className="button"
        aria-label="Tree PNG: save the tree as PNG"
        title={waits ?? "The open part of the tree, as a PNG picture"}
        aria-busy={exporting === "png"}
        disabled={exporting !== null || checking}
        onClick={() => exportTree("png")}
      >
        {exporting === "png" ? "Tree PNG…" : "Tree PNG"}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={presenting}
        disabled={checking}
        title={waits}
        onClick={() => setPresenting(!presenting)}
      >
        Present
      </button>
      {exportError && (
        <span role="alert" className="review-error">
          {exportError}
        </span>
      )}
      {open === "compare" && (
        <Suspense fallback={<LoadingPanel feature="Compare" />}>
          <ComparePanel onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === "conventions" && (
        <Suspense fallback={<LoadingPanel feature="Conventions" />}>
          <ConventionsPanel onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === "report" && (
        <Suspense fallback={<LoadingPanel feature="Report" />}>
          <ReportDialog onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {presenting && (
        <Suspense fallback={<LoadingPanel feature="Presentation" />}>
          <PresentationMode onExit={() => setPresenting(false)} />
        </Suspense>
      )}
    </div>
  );
}
