import { useEffect, useId, useRef, useState } from "react";

interface Props {
  readonly onOpen: (text: string) => void;
  readonly onClose: () => void;
}

/** A modal to paste a configuration (mutagen JSON, RAW or Configuration Server XML) as text. */
export function PasteDialog({ onOpen, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState("");
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} open>
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
            className="mono"
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
    </dialog>
  );
}
