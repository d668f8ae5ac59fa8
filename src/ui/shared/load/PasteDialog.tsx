import { useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";

interface Props {
  readonly onOpen: (text: string) => void;
  readonly onClose: () => void;
}

/**
 * A modal to paste a configuration (mutagen JSON, RAW or Configuration Server XML) as text.
 * Rendered into the body, so a panel that clips its content (the compare panel) cannot hide it.
 */
export function PasteDialog({ onOpen, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState("");
  // Opened as a modal, in the top layer above any panel (a dialog rendered `open` is not
  // modal, and a panel that clips its content would hide it).
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
  }, []);
  return createPortal(
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onOpen(text);
        }}
      >
        <h2 id={titleId}>Paste a configuration</h2>
        <label className="field">
          <span>mutagen JSON, mutagen RAW or Configuration Server XML</span>
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={14}
            spellCheck={false}
            className="input mono"
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            Open
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
