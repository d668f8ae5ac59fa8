import { useId, useState } from "react";
import { PasteDialog } from "./PasteDialog";
import type { Inputs } from "./useOpenConfig";
import { fileInputs } from "./fileInputs";

interface Props {
  readonly onOpen: (inputs: Inputs) => void;
  readonly disabled: boolean;
}

/** "Open files…" and "Paste…": the two ways in besides dropping files and the gallery. */
export function OpenControls({ onOpen, disabled }: Props) {
  const inputId = useId();
  const [pasting, setPasting] = useState(false);
  return (
    <div className="open-controls">
      <label htmlFor={inputId} className="button primary" aria-disabled={disabled}>
        Open files…
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        className="visually-hidden"
        disabled={disabled}
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (!files || files.length === 0) return;
          performance.mark("campaign-lens:file-chosen");
          const inputs = fileInputs([...files]);
          event.currentTarget.value = "";
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
