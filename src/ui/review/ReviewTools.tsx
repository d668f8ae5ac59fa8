import { useState } from "react";
import { useWorkspace } from "../features/workspace/WorkspaceContext";
import { ComparePanel } from "./compare/ComparePanel";
import { changeOfNode } from "./compare/changeOfNode";
import { ConventionsPanel } from "./conventions/ConventionsPanel";
import { exportTreePng, exportTreeSvg, type TreeExport } from "./export/exportTree";
import { PresentationMode } from "./presentation/PresentationMode";
import { ReportDialog } from "./report/ReportDialog";
import { useReview } from "./ReviewContext";
import "./review.css";

type Open = "compare" | "conventions" | "report" | null;

/** The review features, in the header: compare, conventions, report, export, present. */
export function ReviewTools() {
  const workspace = useWorkspace();
  const review = useReview();
  const [open, setOpen] = useState<Open>(null);
  const [presenting, setPresenting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const toggle = (panel: Open) => setOpen((current) => (current === panel ? null : panel));

  const treeExport = (): TreeExport => ({
    root: workspace.index.root,
    expanded: workspace.view.expanded,
    findingsByObject: workspace.findingsByObject,
    markOf: (node) => changeOfNode(node, review)?.type ?? null,
    baseName: `campaign-lens-tree-${(workspace.analysis.sources[0] ?? "configuration").replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}`,
  });

  return (
    <div className="review-tools" role="group" aria-label="Review">
      <button
        type="button"
        className="button"
        aria-pressed={open === "compare"}
        onClick={() => toggle("compare")}
      >
        Compare
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={open === "conventions"}
        onClick={() => toggle("conventions")}
      >
        Conventions
      </button>
      <button type="button" className="button" onClick={() => setOpen("report")}>
        Report
      </button>
      <button
        type="button"
        className="button"
        aria-label="Tree SVG: save the tree as SVG"
        title="The open part of the tree, as an SVG picture"
        onClick={() => exportTreeSvg(treeExport())}
      >
        Tree SVG
      </button>
      <button
        type="button"
        className="button"
        aria-label="Tree PNG: save the tree as PNG"
        title="The open part of the tree, as a PNG picture"
        onClick={() => {
          setExportError(null);
          exportTreePng(treeExport()).catch((e: unknown) =>
            setExportError(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        Tree PNG
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={presenting}
        onClick={() => setPresenting(!presenting)}
      >
        Present
      </button>
      {exportError && (
        <span role="alert" className="review-error">
          PNG export failed: {exportError}
        </span>
      )}
      {open === "compare" && <ComparePanel onClose={() => setOpen(null)} />}
      {open === "conventions" && <ConventionsPanel onClose={() => setOpen(null)} />}
      {open === "report" && <ReportDialog onClose={() => setOpen(null)} />}
      {presenting && <PresentationMode onExit={() => setPresenting(false)} />}
    </div>
  );
}
