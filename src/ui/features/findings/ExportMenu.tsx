import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { modelQueryOptions } from "../../shared/load/modelQuery";
import { RULES_STILL_RUN } from "../../shared/load/rulesStillRun";
import { useWorkspace } from "../../shared/workspace/WorkspaceContext";
import { downloadText } from "./downloadText";
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from "./exportFormats";

/**
 * A disclosure with one download per export format. Exports read the model (file names,
 * DBIDs), which may still be on its way from the worker: the menu says so until it is in.
 * Every format writes the findings, so none is offered while the rules still run.
 */
export function ExportMenu() {
  const { analysis } = useWorkspace();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [preparing, setPreparing] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      ref.current?.querySelector("button")?.focus();
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);
  const save = async (format: ExportFormat) => {
    setPreparing(format);
    setError(null);
    try {
      const model = await client.fetchQuery(modelQueryOptions(analysis));
      const text = await format.write(analysis, model);
      downloadText(exportFileName(analysis, format), text, format.type);
      setOpen(false);
    } catch (e) {
      setError(
        `${format.label} could not be exported: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      setPreparing(null);
    }
  };
  return (
    <div className="export" ref={ref}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        Export ▾
      </button>
      <ul id={menuId} className="export-list" hidden={!open} aria-label="Export">
        {EXPORT_FORMATS.map((format) => (
          <li key={format.id}>
            <button
              type="button"
              className="export-item"
              disabled={preparing !== null || analysis.checking === true}
              title={analysis.checking ? RULES_STILL_RUN : undefined}
              onClick={() => void save(format)}
            >
              {format.label}
            </button>
          </li>
        ))}
        {preparing && (
          <li role="status" className="export-note">
            Preparing {preparing.label}…
          </li>
        )}
        {error && (
          <li role="alert" className="export-note export-error">
            {error}
          </li>
        )}
      </ul>
    </div>
  );
}
