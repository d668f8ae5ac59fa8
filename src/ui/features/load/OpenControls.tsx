import { useId, useRef, useState } from "react";
import type { ConfigInput } from "../../../model/loadConfig";
import { PasteDialog } from "./PasteDialog";
import { readFiles } from "./readFiles";

interface Props {
  readonly onOpen: (inputs: ConfigInput[]) => void;
  readonly disabled: boolean;
}

/** "Open files…" and "Paste…": the two ways in besides dropping files and the gallery. */
export function OpenControls({ onOpen, disabled }: Props) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  return (
    <div className="open-controls">
      <label htmlFor={inputId} className="button primary" aria-disabled={disabled}>
        Open files…
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        multiple
        className="visually-hidden"
        disabled={disabled}
        onChange={async (event) => {
          const files = event.currentTarget.files;
          if (!files || files.length === 0) return;
          performance.mark("campaign-lens:file-chosen");
          const inputs = await readFiles(files);
          performance.mark("campaign-lens:file-read");
          if (inputRef.current) inputRef.current.value = "";
          onOpen(inputs);
        }}
      />
      <button type="button" className="button" onClick={() => setPasting(true)} disabled={disabled}>
        Paste…
      </button>
      {pasting && (
        <PasteDialog
          onClose={() => setPasting(false)}
          onOpen={(text) => {
            setPasting(false);
            onOpen([{ path: "pasted text", content: text }]);
          }}
        />
      )}
    </div>
  );
}
