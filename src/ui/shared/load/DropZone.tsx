import { useState, type ReactNode } from "react";
import { fileInputs } from "./fileInputs";
import type { Inputs } from "./useOpenConfig";

interface Props {
  readonly onOpen: (inputs: Inputs) => void;
  readonly children: ReactNode;
  /** What the overlay says while files are dragged over. */
  readonly hint?: string;
}

/** The whole page accepts dropped files; a calm overlay says so while something is dragged over. */
export function DropZone({
  onOpen,
  children,
  hint = "Drop configuration files to open them",
}: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      className="drop-zone"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        // A drop zone inside another (the compare panel's, inside the page's) keeps the drop.
        event.stopPropagation();
        setOver(false);
        if (event.dataTransfer.files.length === 0) return;
        performance.mark("campaign-lens:file-chosen");
        onOpen(fileInputs([...event.dataTransfer.files]));
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {hint}
        </div>
      )}
    </div>
  );
}
