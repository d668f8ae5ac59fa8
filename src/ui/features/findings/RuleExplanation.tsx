import { useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { findRule } from "../../../model/rules/ruleRegistry";

interface Props {
  readonly ruleId: string;
  readonly onClose: () => void;
}

/**
 * A rule's description and explanation, one click from any finding it produced. A modal in
 * the body's top layer: rendered `open` inside the findings list it was a plain box in a
 * virtualised, clipped row, drawn behind the tree.
 */
export function RuleExplanation({ ruleId, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const rule = findRule(ruleId);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
  }, []);
  return createPortal(
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>
        <span className="mono">{ruleId}</span>
      </h2>
      {rule ? (
        <>
          <p>
            <strong>{rule.description}</strong>
          </p>
          <p>{rule.explanation}</p>
          <p className="muted">Default severity: {rule.defaultSeverity}</p>
        </>
      ) : (
        <p>This rule is not known to this version of Campaign Lens.</p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            // Closed, not only unmounted: the browser then leaves the top layer and hands
            // focus back to the Why? button.
            ref.current?.close();
            onClose();
          }}
          autoFocus
        >
          Close
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
