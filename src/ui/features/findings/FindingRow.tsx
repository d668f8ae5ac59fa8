import type { Finding } from "../../../model/findings/Finding";
import { VisibleName } from "../../shared/hierarchy/VisibleName";
import { ConfirmedBadge } from "../../shared/findings/ConfirmedBadge";

interface Props {
  readonly finding: Finding;
  /** Whether Stat Server refused the object, confirming the finding. */
  readonly confirmed: boolean;
  readonly top: number;
  readonly height: number;
  readonly onOpen: (finding: Finding) => void;
  readonly onExplain: (rule: string) => void;
}

/** One finding: the whole row reveals its node; "Why?" explains the rule. */
export function FindingRow({ finding, confirmed, top, height, onOpen, onExplain }: Props) {
  return (
    <li className="finding-row" style={{ transform: `translateY(${top}px)`, height }}>
      <button type="button" className="finding-open" onClick={() => onOpen(finding)}>
        <span className={`finding-severity sev-${finding.severity}`}>{finding.severity}</span>
        <span className="finding-name">
          {finding.name ? <VisibleName name={finding.name} /> : "(no name)"}
        </span>
        {confirmed && (
          <span className="finding-mark">
            <ConfirmedBadge />
          </span>
        )}
        <span className="finding-message">{finding.message}</span>
        {finding.suggestion && (
          <span className="finding-suggestion">
            Suggestion:{" "}
            <span className="mono">
              <VisibleName name={finding.suggestion} />
            </span>
          </span>
        )}
      </button>
      <button
        type="button"
        className="button finding-why"
        onClick={() => onExplain(finding.rule)}
        aria-label={`Why is ${finding.rule} a problem?`}
      >
        Why?
      </button>
    </li>
  );
}
