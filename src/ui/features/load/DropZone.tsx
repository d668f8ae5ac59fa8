import { useState, type ReactNode } from "react";
import type { ConfigInput } from "../../../model/loadConfig";
import { readFiles } from "./readFiles";

interface Props {
  readonly onOpen: (inputs: ConfigInput[]) => void;
  readonly children: ReactNode;
}

/** The whole page accepts dropped files; a calm overlay says so while something is dragged over. */
export function DropZone({ onOpen, children }: Props) {
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
      onDrop={async (event) => {
        event.preventDefault();
        setOver(false);
        if (event.dataTransfer.files.length === 0) return;
        performance.mark("campaign-lens:file-chosen");
        onOpen(await readFiles(event.dataTransfer.files));
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          Drop configuration files to open them
        </div>
      )}
    </div>
  );
}
