import { useEffect, useId, useRef, type ReactNode } from "react";
import "./ThresholdPanel.css";

interface Props {
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * Holds the threshold editor over the workbench rather than in the tree's column: there it
 * took the drawing's height (on a laptop or a phone, nearly all of it). Over the outline on a
 * wide screen, so that the tree and the colours the rules change stay in view; the whole
 * screen on a phone, where no room is left beside the tree. Not modal: Escape or the close
 * button hand the screen back.
 */
export function ThresholdPanel({ onClose, children }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  // Who pressed "Edit thresholds" is taken to the rules, not left behind the panel.
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <section
      ref={ref}
      className="threshold-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header className="threshold-panel-header">
        <h2 id={titleId}>Thresholds</h2>
        <button
          type="button"
          className="button"
          aria-label="Close the threshold editor"
          onClick={onClose}
        >
          ✕
        </button>
      </header>
      <div className="threshold-panel-body">{children}</div>
    </section>
  );
}
