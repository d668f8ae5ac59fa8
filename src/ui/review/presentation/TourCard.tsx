import type { Finding } from "../../../model/findings/Finding";
import type { Rule } from "../../../model/rules/Rule";
import type { ThresholdCrossing } from "../../shared/statsSlots/StatsSlots";

interface Props {
  /** A threshold just crossed: announced (Next visits it), or being visited. */
  readonly live: (ThresholdCrossing & { readonly name: string; readonly visiting: boolean }) | null;
  /** 1-based; 0 when there is nothing to show. */
  readonly position: number;
  readonly total: number;
  readonly finding: Finding | null;
  readonly nodeName: string | null;
  readonly kindLabel: string | null;
  readonly rule: Rule | undefined;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly onExit: () => void;
}

/** One step of the tour, large enough to read from the back of a room. */
export function TourCard(props: Props) {
  const { finding, rule, live } = props;
  return (
    <aside className="tour-card" aria-label="Guided tour" aria-live="polite">
      <div className="tour-body">
        {live && !live.visiting && (
          <p className={`tour-live severity-${live.level === "alarm" ? "error" : "warning"}`}>
            Live: {live.figure} of {live.name} crossed its {live.level} threshold. Next visits it.
          </p>
        )}
        {live?.visiting ? (
          <>
            <p className="tour-progress">Live figures</p>
            <p className="tour-title">
              <span
                className={`tour-severity severity-${live.level === "alarm" ? "error" : "warning"}`}
              >
                {live.level}
              </span>{" "}
              <span className="tour-name">{live.name}</span>
            </p>
            <p className="tour-message">
              {live.figure} just crossed its {live.level} threshold. Next returns to the findings.
            </p>
          </>
        ) : finding === null ? (
          <p className="tour-title">
            No findings: this configuration is as Stat Server expects it.
          </p>
        ) : (
          <>
            <p className="tour-progress">
              Finding {props.position} of {props.total}
            </p>
            <p className="tour-title">
              <span className={`tour-severity severity-${finding.severity}`}>
                {finding.severity}
              </span>{" "}
              {props.kindLabel} <span className="tour-name">{props.nodeName ?? finding.name}</span>
            </p>
            <p className="tour-message">{finding.message}</p>
            {finding.suggestion !== null && (
              <p className="tour-expected">
                {finding.rule === "group-name-mismatch" || finding.rule.startsWith("convention/")
                  ? "Expected name: "
                  : "Suggested: "}
                <span className="mono">{finding.suggestion}</span>
              </p>
            )}
            <details className="tour-rule">
              <summary>
                Rule <span className="mono">{finding.rule}</span>
                {rule ? `: ${rule.description}` : ""}
              </summary>
              {rule && <p>{rule.explanation}</p>}
            </details>
          </>
        )}
      </div>
      <div className="tour-actions">
        <button
          type="button"
          className="button"
          onClick={props.onPrevious}
          disabled={props.position <= 1}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button primary"
          onClick={props.onNext}
          disabled={props.position >= props.total && live === null}
        >
          Next →
        </button>
        <button type="button" className="button" onClick={props.onExit}>
          End presentation (Esc)
        </button>
      </div>
    </aside>
  );
}
