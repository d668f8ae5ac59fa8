import "./WorkbenchLoading.css";

interface Props {
  /** Why the viewer could not be fetched, if it could not. */
  readonly error: Error | null;
  readonly onRetry: () => void;
}

/** What shows where the outline, tree and inspector go while their code is fetched. */
export function WorkbenchLoading({ error, onRetry }: Props) {
  if (error !== null) {
    return (
      <div className="workbench-loading">
        <p role="alert" title={error.message}>
          Could not load the viewer from the server: the connection failed, or the app was updated
          meanwhile (then reloading the page helps).
        </p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="workbench-loading" aria-busy="true">
      <p role="status">Loading the viewer…</p>
    </div>
  );
}
