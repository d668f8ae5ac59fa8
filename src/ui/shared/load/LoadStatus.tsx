import type { AnalysisProgress } from "../../worker/analyseConfig";
import { describeLoadError, type LoadError } from "../../worker/LoadError";

interface Props {
  readonly fetching: string | null;
  readonly progress: AnalysisProgress | null;
  readonly error: LoadError | null;
  readonly fetchError: string | null;
  /** The pivot that could not be built, and why; the hierarchy shown before stays. */
  readonly pivotError: string | null;
  readonly keptOpen: boolean;
  readonly onRetry: (() => void) | null;
  readonly onDismiss: () => void;
}

const STAGE: Record<AnalysisProgress["stage"], string> = {
  reading: "Reading the configuration",
  building: "Building the hierarchy",
  checking: "Checking names",
};

/**
 * Loading progress, in a strip floating over the top of the workspace (it comes and goes
 * without moving the panels), and load failures, which stay until dismissed and so take
 * their own place above the panels instead of covering their controls.
 */
export function LoadStatus(props: Props) {
  const { fetching, progress, error, fetchError, pivotError } = props;
  if (pivotError && !error && !fetchError) {
    return (
      <div className="load-status load-error" role="alert">
        <div>
          <span>{pivotError}</span>
          <span className="muted"> The hierarchy shown before is still shown.</span>
        </div>
        <div className="load-actions">
          <button type="button" className="button" onClick={props.onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (error || fetchError) {
    return (
      <div className="load-status load-error" role="alert">
        <div>
          <strong>Could not open the configuration.</strong>{" "}
          <span>{fetchError ?? describeLoadError(error!)}</span>
          {props.keptOpen && (
            <span className="muted"> The configuration that was open is still shown.</span>
          )}
        </div>
        <div className="load-actions">
          {props.onRetry && (
            <button type="button" className="button" onClick={props.onRetry}>
              Retry
            </button>
          )}
          <button type="button" className="button" onClick={props.onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    );
  }
  if (fetching || progress) {
    const fraction = progress?.fraction ?? 0;
    const label = progress ? STAGE[progress.stage] : `Fetching ${fetching}`;
    return (
      // With a configuration on screen (a large file's tree is shown while its rules run), the
      // progress keeps off the controls in use and floats at the bottom of the window.
      <div className={props.keptOpen ? "load-status over-drawing" : "load-status"} role="status">
        <span>{label}…</span>
        <progress max={1} value={progress ? fraction : undefined} aria-label="Loading progress" />
      </div>
    );
  }
  return null;
}
