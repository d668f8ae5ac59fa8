import { useId, type ReactNode } from "react";

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A panel docked at the side of the workbench, not modal: the tree stays usable, so a change
 * or a finding listed here can be revealed while the panel stays open.
 */
export function ReviewPanel({ title, onClose, children }: Props) {
  const titleId = useId();
  return (
    <section
      className="panel review-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <header className="panel-header review-panel-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button" onClick={onClose} aria-label={`Close ${title}`}>
          ✕
        </button>
      </header>
      <div className="panel-body review-panel-body">{children}</div>
    </section>
  );
}
