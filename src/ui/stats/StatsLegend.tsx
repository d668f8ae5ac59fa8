import { useState } from "react";
import { saveThresholds } from "./thresholdStorage";
import { ThresholdEditor, type ThresholdUpdate } from "./ThresholdEditor";
import type { StatsStore } from "./StatsStore";
import { UnexplainedRefusalsList } from "./UnexplainedRefusalsList";
import { UnknownObjectsList } from "./UnknownObjectsList";
import { useStatsView } from "./useStatsView";

interface Props {
  readonly store: StatsStore;
  /** Why stored thresholds could not be used, shown once. */
  readonly storageProblem: string | null;
}

/**
 * Under the tree: what the colours mean, the threshold editor, the ids Stat Server refused
 * that no finding explains, and unknown objects.
 */
export function StatsLegend({ store, storageProblem }: Props) {
  const thresholds = useStatsView(store, (view) => view.thresholds);
  const source = useStatsView(store, (view) => view.source);
  const [editing, setEditing] = useState(false);
  if (source === "off") return null;
  const enabled = thresholds.filter((t) => t.enabled).length;
  const change = (update: ThresholdUpdate) => {
    const next = update(store.getView().thresholds);
    store.setThresholds(next);
    saveThresholds(next);
  };
  return (
    <section className="stats-legend" aria-label="Statistics legend">
      <ul>
        <li>
          <span className="stats-swatch" data-level="ok">
            within thresholds
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="warning">
            warning
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="alarm">
            alarm
          </span>
        </li>
        <li>
          <span className="stats-swatch" data-level="stale">
            stale: older than twice its interval
          </span>
        </li>
      </ul>
      <span className="muted">
        {enabled} of {thresholds.length} thresholds on
      </span>
      <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {editing ? "Close thresholds" : "Edit thresholds"}
      </button>
      {storageProblem && <p role="alert">{storageProblem}</p>}
      {editing && <ThresholdEditor thresholds={thresholds} onChange={change} />}
      <UnexplainedRefusalsList store={store} />
      <UnknownObjectsList store={store} />
    </section>
  );
}
