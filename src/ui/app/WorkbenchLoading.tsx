import "./WorkbenchLoading.css";

/** What shows where the outline, tree and inspector go while their code is fetched. */
export function WorkbenchLoading() {
  return (
    <div className="workbench-loading" aria-busy="true">
      <p role="status">Loading the viewer…</p>
    </div>
  );
}
