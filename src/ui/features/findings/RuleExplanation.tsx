import { useEffect, useId, useRef } from "react";
import { findRule } from "../../../model/rules/ruleRegistry";

interface Props {
  readonly ruleId: string;
  readonly onClose: () => void;
}

/** A rule's description and explanation, one click from any finding it produced. */
export function RuleExplanation({ ruleId, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const rule = findRule(ruleId);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} open>
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
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
