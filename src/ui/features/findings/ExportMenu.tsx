import { useEffect, useId, useRef, useState } from "react";
import { useWorkspace } from "../workspace/WorkspaceContext";
import { downloadText } from "./downloadText";
import { EXPORT_FORMATS, exportFileName } from "./exportFormats";

/** A disclosure with one download per export format. */
export function ExportMenu() {
  const { analysis } = useWorkspace();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);
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
              onClick={() => {
                downloadText(exportFileName(analysis, format), format.write(analysis), format.type);
                setOpen(false);
              }}
            >
              {format.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
