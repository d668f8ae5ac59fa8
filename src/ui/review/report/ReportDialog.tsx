import { useEffect, useId, useMemo, useRef } from "react";
import { useModel } from "../../shared/load/modelQuery";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { downloadFile } from "../../shared/downloadFile";
import { useReview } from "../../shared/review/ReviewContext";
import { buildReportHtml } from "./buildReportHtml";
import { reportPreviewHtml } from "./reportPreviewHtml";

const fileNameOf = (sources: readonly string[]) =>
  `campaign-lens-report-${(sources[0] ?? "configuration").replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}.html`;

/**
 * The printable report, previewed as it will print (in a frame holding exactly the
 * downloadable document), with Print and Download.
 */
export function ReportDialog({ onClose }: { readonly onClose: () => void }) {
  const { analysis, hierarchy } = useWorkspace();
  const review = useReview();
  const ref = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  const { model, error } = useModel(analysis);
  // The report counts objects by kind, so it waits for the model (and, when comparing, for
  // the comparison, which needs the same model).
  const html = useMemo(
    () =>
      model && !review?.comparing
        ? buildReportHtml({
            sources: analysis.sources,
            model,
            findings: analysis.findings,
            hierarchy,
            ruleOf: (id) => review?.ruleOf(id),
            comparison: review?.comparison ?? null,
            generatedAt: new Date(analysis.loadedAt),
          })
        : null,
    [analysis, model, hierarchy, review],
  );
  const preview = useMemo(() => (html === null ? null : reportPreviewHtml(html)), [html]);
  useEffect(() => {
    // Modal, in the top layer: above the tree's live figures and everything else.
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog report-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Report</h2>
      {preview !== null ? (
        <iframe
          ref={frame}
          className="report-frame"
          title="Report preview"
          srcDoc={preview}
          sandbox="allow-same-origin allow-modals"
        />
      ) : error ? (
        <p role="alert">Could not prepare the report: {error.message}</p>
      ) : (
        <p role="status" className="muted">
          Preparing the report…
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={html === null}
          onClick={() => frame.current?.contentWindow?.print()}
        >
          Print…
        </button>
        <button
          type="button"
          className="button"
          disabled={html === null}
          onClick={() =>
            html !== null && downloadFile(fileNameOf(analysis.sources), html, "text/html")
          }
        >
          Download HTML
        </button>
        <button type="button" className="button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
